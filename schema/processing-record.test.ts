import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { demoSurvey } from './demo.ts';
import { processingRecord } from './processing-record.ts';
import { SurveyInput } from './survey.ts';

const survey = (settings: object = {}) => v.parse(SurveyInput, { ...demoSurvey, settings: { ...demoSurvey.settings, ...settings } });
const field = (record: ReturnType<typeof processingRecord>, id: string) => record.fields.find((f) => f.id === id)!.entries.join('\n');

describe('processingRecord', () => {
  it('fills the headings of a GDPR record entry', () => {
    const record = processingRecord(survey(), 'CPTS du Val', 'fr');
    expect(record.title).toBe('Questionnaire « Vie de la CPTS : votre avis compte »');
    expect(record.fields.map((f) => f.id)).toEqual([
      'controller',
      'purpose',
      'legalBasis',
      'subjects',
      'data',
      'recipients',
      'transfers',
      'retention',
      'security',
    ]);
    expect(field(record, 'controller')).toBe('CPTS du Val');
    expect(field(record, 'purpose')).toContain('Connaître les besoins des professionnels');
  });

  it('suggests a legal basis and asks for a DPO’s validation', () => {
    const record = processingRecord(survey(), 'CPTS du Val', 'fr');
    expect(record.fields.find((f) => f.id === 'legalBasis')!.label).toContain('à valider');
    expect(field(record, 'legalBasis')).toContain('art. 6.1.e');
    expect(field(record, 'legalBasis')).toContain('art. 6.1.f');
    expect(field(record, 'legalBasis')).toContain('art. 9');
    expect(record.notes.join()).toContain('délégué à la protection des données');
  });

  it('lists the data actually collected, and what is not', () => {
    const data = field(processingRecord(survey({ participationCodes: true }), 'X', 'fr'), 'data');
    expect(data).toContain('Réponses écrites librement');
    expect(data).toContain('Ni le jour ni l’heure de la réponse');
    expect(data).toContain('Codes de participation');
    expect(data).toContain('ni adresse IP');
  });

  it('names recipients by role, the host, and says transfers depend on the deployment', () => {
    const record = processingRecord(survey({ resultsVisibility: 'private', contact: 'dpo@cpts.example' }), 'CPTS du Val', 'en');
    expect(field(record, 'controller')).toBe('CPTS du Val\nContact: dpo@cpts.example');
    expect(field(record, 'recipients')).toContain(
      'editors and owners also read the free texts, separately, never per subgroup; owners download, once the survey is closed and only once, the table of answers (k-anonymous over the profile questions, no free text)',
    );
    expect(field(record, 'security')).toContain('at most once a day, once at least 5 new responses arrived');
    expect(field(record, 'recipients')).not.toContain('The public');
    expect(field(record, 'transfers')).toContain('--jurisdiction eu');
    expect(field(record, 'retention')).toContain('12 months after the survey closes');
    expect(field(record, 'security')).toContain('No figure about fewer than 5 people');
  });
});
