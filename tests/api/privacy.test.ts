import { describe, expect, it } from 'vitest';
import type { PrivacyNotice } from '../../schema/privacy.ts';
import type { ProcessingRecord } from '../../schema/processing-record.ts';
import { account, call, createSurvey, surveyPath, type ErrorBody } from './helpers.ts';

type Privacy = { notice: PrivacyNotice; record: ProcessingRecord };

const organisationName = async (orgId: string, headers: Record<string, string>) => {
  const { organisations } = (await (await call('/api/auth/me', { headers })).json()) as { organisations: { id: string; name: string }[] };
  return organisations.find((o) => o.id === orgId)!.name;
};

describe('GET …/surveys/:id/privacy', () => {
  it('gives viewers the respondents’ notice and a draft GDPR record, in French', async () => {
    const survey = await createSurvey({ settings: { k: 4, retentionMonths: 18, contact: 'dpo@cpts.example', resultsVisibility: 'private' } });
    const viewer = await account('viewer', survey.owner.organisationId);
    const response = await call(surveyPath(survey, '/privacy'), { headers: viewer.headers });
    expect(response.status).toBe(200);
    const { notice, record } = (await response.json()) as Privacy;
    const org = await organisationName(survey.owner.organisationId, viewer.headers);

    expect(notice.title).toBe('Vos réponses et votre anonymat');
    expect(notice.sections.map((s) => s.id)).toEqual(['purpose', 'voluntary', 'anonymity', 'access', 'retention', 'contact']);
    const text = (id: string) => notice.sections.find((s) => s.id === id)!.paragraphs.join('\n');
    expect(text('purpose')).toContain(`Ce questionnaire est mené par ${org}.`);
    expect(text('anonymity')).toContain('par groupes d’au moins 4 personnes');
    expect(text('retention')).toContain('gardées 18 mois après la clôture');
    expect(text('contact')).toBe('Pour toute question sur vos données : dpo@cpts.example.');

    expect(record.fields.find((f) => f.id === 'controller')!.entries).toEqual([org, 'Contact : dpo@cpts.example']);
    expect(record.fields.find((f) => f.id === 'retention')!.entries[0]).toContain('18 mois après la clôture');
    expect(record.notes[0]).toContain('délégué à la protection des données');
  });

  it('speaks English with Accept-Language: en or ?lang=en', async () => {
    const survey = await createSurvey();
    const requests: { path: string; headers: Record<string, string> }[] = [
      { path: '/privacy', headers: { 'Accept-Language': 'en' } },
      { path: '/privacy?lang=en', headers: {} },
    ];
    for (const request of requests) {
      const { notice, record } = (await (
        await call(surveyPath(survey, request.path), { headers: { ...survey.owner.headers, ...request.headers } })
      ).json()) as Privacy;
      expect(notice.title).toBe('Your answers and your anonymity');
      expect(record.fields.find((f) => f.id === 'legalBasis')!.label).toBe('Legal basis (suggestion, to be validated)');
    }
  });

  it('is for the organisation’s members only', async () => {
    const survey = await createSurvey();
    expect((await call(surveyPath(survey, '/privacy'))).status).toBe(401);
    const outsider = await account('owner');
    const refused = await call(surveyPath(survey, '/privacy'), { headers: outsider.headers });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorBody).errors[0]?.path).toBe('orgId');
    const unknown = await call(`/api/orgs/${survey.owner.organisationId}/surveys/${crypto.randomUUID()}/privacy`, { headers: survey.owner.headers });
    expect(unknown.status).toBe(404);
  });
});
