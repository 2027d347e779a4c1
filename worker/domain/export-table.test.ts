import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/answers.ts';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { exportTable, type ExportTable } from './export-table.ts';

const survey: Survey = { ...v.parse(SurveyInput, { ...demoSurvey, settings: { k: 3 } }), id: 's', status: 'open' };

const full = (overrides: Answers = {}): Answers => ({
  profession: 'nurse',
  years: 12,
  last_meeting: '2026-10-14',
  topics: ['mental', 'home'],
  priorities: ['access', 'tools', 'elderly'],
  coordination: 4,
  worklife: { time: 2, isolated: 4, support: 3 },
  comments: 'Merci',
  ...overrides,
});

function table(responses: Answers[], withTexts = true, lang: 'fr' | 'en' = 'fr'): ExportTable {
  const outcome = exportTable(survey, responses, { lang, withTexts });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.table;
}

/** Rows as header → cell records, in a stable order for comparison. */
const records = (t: ExportTable) =>
  t.rows.map((row) => Object.fromEntries(t.header.map((h, i) => [h, row[i]]))).toSorted((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('exportTable', () => {
  it('refuses fewer than k responses', () => {
    expect(exportTable(survey, [full(), full()], { lang: 'fr', withTexts: true })).toEqual({ ok: false, reason: 'too-few-responses' });
  });

  it('writes one column per question, per option for choices and rankings, per row for matrices', () => {
    const t = table([full(), full(), full()]);
    expect(t.header).toEqual([
      'Quelle est votre profession ?',
      'Depuis combien d’années exercez-vous sur le territoire ?',
      'Date de votre dernière réunion pluriprofessionnelle',
      'Quels sujets la CPTS devrait-elle traiter en priorité ? — Soins non programmés',
      'Quels sujets la CPTS devrait-elle traiter en priorité ? — Prévention et dépistage',
      'Quels sujets la CPTS devrait-elle traiter en priorité ? — Santé mentale',
      'Quels sujets la CPTS devrait-elle traiter en priorité ? — Lien ville-hôpital',
      'Quels sujets la CPTS devrait-elle traiter en priorité ? — Maintien à domicile',
      'Classez vos trois priorités pour l’année — Accès à un médecin traitant',
      'Classez vos trois priorités pour l’année — Formations communes',
      'Classez vos trois priorités pour l’année — Outils de coordination',
      'Classez vos trois priorités pour l’année — Attirer de nouveaux professionnels',
      'Classez vos trois priorités pour l’année — Parcours des personnes âgées',
      'Êtes-vous satisfait·e de la coordination entre professionnels du territoire ?',
      'Dites-nous si vous êtes d’accord avec chaque phrase — J’ai assez de temps pour mes patients',
      'Dites-nous si vous êtes d’accord avec chaque phrase — Je me sens isolé·e dans mon exercice',
      'Dites-nous si vous êtes d’accord avec chaque phrase — Je sais vers qui me tourner en cas de difficulté',
      'Autre chose à nous dire ?',
    ]);
    // Option label, number, date, 0/1 per option, rank per option (empty when unranked), scale, matrix rows, text.
    expect(t.rows[0]).toEqual(['Infirmier ou infirmière', 12, '2026-10-14', 0, 0, 1, 0, 1, 1, null, 2, null, 3, 4, 2, 4, 3, 'Merci']);
  });

  it('speaks English when asked', () => {
    const t = table([full(), full(), full(), full({ profession: null })], true, 'en');
    expect(t.header[0]).toBe('What is your profession?');
    expect(t.header[3]).toBe('Which topics should the CPTS address first? — Unscheduled care');
    expect(t.rows.map((r) => r[0]).sort()).toEqual(['Nurse', 'Nurse', 'Nurse', 'Prefers not to answer']);
  });

  it('marks « prefer not to answer » in every column of the question, and leaves skipped questions empty', () => {
    const { last_meeting: _skipped, ...withoutDate } = full();
    const t = table([full({ topics: null }), full(), full(), withoutDate]);
    const topics = t.header.flatMap((h, i) => (h.startsWith('Quels sujets') ? [i] : []));
    const rowWithMarker = t.rows.find((r) => r[topics[0]!] === 'Préfère ne pas répondre')!;
    expect(topics.map((i) => rowWithMarker[i])).toEqual(Array(5).fill('Préfère ne pas répondre'));
    const dates = t.rows.map((r) => r[t.header.indexOf('Date de votre dernière réunion pluriprofessionnelle')]);
    expect(dates.filter((d) => d === null)).toHaveLength(1);
  });

  it('leaves out a question fewer than k people answered, a matrix row too, and « prefer not » does not count', () => {
    const t = table([
      full({ obstacles: 'Le temps', coordination: 2, worklife: { time: 1 } }),
      full({ obstacles: 'Les outils', coordination: 1, worklife: { time: 2 } }),
      full({ years: null, worklife: { time: 3, support: 4 } }),
    ]);
    expect(t.header.some((h) => h.startsWith('Qu’est-ce qui freine'))).toBe(false); // 2 texts < 3
    expect(t.header.some((h) => h.startsWith('Depuis combien'))).toBe(false); // 2 answers + 1 « prefer not »
    expect(t.header.filter((h) => h.startsWith('Dites-nous'))).toEqual(['Dites-nous si vous êtes d’accord avec chaque phrase — J’ai assez de temps pour mes patients']);
  });

  it('leaves free texts out unless asked for', () => {
    const t = table([full(), full(), full()], false);
    expect(t.header).not.toContain('Autre chose à nous dire ?');
    expect(JSON.stringify(t.rows)).not.toContain('Merci');
  });

  it('keeps every response once, in random order', () => {
    const responses = Array.from({ length: 40 }, (_, i) => full({ years: i }));
    const orders = new Set<string>();
    for (let run = 0; run < 5; run++) {
      const t = table(responses);
      const years = t.rows.map((r) => r[1] as number);
      expect(years.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
      orders.add(years.join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('applies k to a subgroup when one is asked for', () => {
    const responses = [full(), full(), full(), full({ profession: 'gp' }), full({ profession: 'gp' })];
    const gps = (a: Answers) => a.profession === 'gp';
    expect(exportTable(survey, responses, { lang: 'fr', withTexts: false, subgroup: gps })).toEqual({ ok: false, reason: 'too-few-responses' });
    const nurses = exportTable(survey, responses, { lang: 'fr', withTexts: false, subgroup: (a) => a.profession === 'nurse' });
    expect(nurses.ok && records(nurses.table)).toHaveLength(3);
  });
});
