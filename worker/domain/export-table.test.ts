import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../schema/answers.ts';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { demoAnswers } from '../../tests/fixtures/demo-answers.ts';
import { answersTable, recodingNotes, type ExportCell, type ExportTable } from './export-table.ts';
import { digestResponses } from './release/digest.ts';
import { anonymizeProfiles } from './release/microdata.ts';
import { breakdownQuestions } from './release/profile.ts';
import { binNumbers } from './stats.ts';

const survey: Survey = { ...v.parse(SurveyInput, { ...demoSurvey, settings: { k: 3 } }), id: 's', status: 'open' };

const full = (overrides: Answers = {}): Answers => demoAnswers({ comments: 'Merci', ...overrides });

/** The row export of these responses, as a release stores them and a download recodes them. */
function table(responses: Answers[], lang: 'fr' | 'en' = 'fr', of: Survey = survey): ExportTable {
  const { rows } = digestResponses(of, responses);
  const { profiles, recoding } = anonymizeProfiles(
    breakdownQuestions(of),
    rows.map((r) => r.profile),
    of.settings.k,
  );
  return answersTable(of, rows, profiles, recodingNotes(of, recoding, lang), lang);
}

describe('answersTable', () => {
  it('writes the profile first, then one column per question, per option for choices and rankings, per row for matrices, none for free texts', () => {
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
    ]);
    // Option label, number range, month, 0/1 per option, rank per option (empty when unranked), scale, matrix rows.
    expect(t.rows[0]).toEqual(['Infirmier ou infirmière', '10–14', '2026-10', 0, 0, 1, 0, 1, 1, null, 2, null, 3, 4, 2, 4, 3]);
    expect(t.notes[0]).toBe('k-anonymat : chaque combinaison de réponses de profil de ce fichier décrit au moins 3 lignes.');
  });

  it('speaks English when asked, and merges a profile answer rarer than k into « other or not given »', () => {
    const t = table([full(), full(), full(), full({ profession: null })], 'en');
    expect(t.header[0]).toBe('What is your profession?');
    expect(t.header[3]).toBe('Which topics should the CPTS address first? — Unscheduled care');
    // « Prefers not » (1) merges with the next smallest value (the 3 nurses) so that the merged value holds k.
    expect(t.rows.map((r) => r[0])).toEqual(Array(4).fill('Other or not given'));
    expect(t.notes.join('\n')).toContain('Recoded: What is your profession? — « Nurse », prefers not to answer merged into « Other or not given ».');
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
    const { last_meeting: _skipped, ...withoutDate } = full({ years: null, worklife: { time: 3, support: 4 } });
    const t = table([full({ worklife: { time: 1 } }), full({ worklife: { time: 2 } }), withoutDate]);
    expect(t.header.some((h) => h.startsWith('Date de votre'))).toBe(false); // 2 answers < 3
    expect(t.header.some((h) => h.startsWith('Depuis combien'))).toBe(false); // 2 answers + 1 « prefer not »
    expect(t.header.filter((h) => h.startsWith('Dites-nous'))).toEqual([
      'Dites-nous si vous êtes d’accord avec chaque phrase — J’ai assez de temps pour mes patients',
    ]);
  });

  it('never writes free texts, even answered by everyone', () => {
    const t = table([
      full({ coordination: 1, obstacles: 'Le temps' }),
      full({ coordination: 2, obstacles: 'Les outils' }),
      full({ coordination: 1, obstacles: 'Personne' }),
    ]);
    expect(t.header.some((h) => h.startsWith('Autre chose') || h.startsWith('Qu’est-ce qui freine'))).toBe(false);
    expect(JSON.stringify(t.rows)).not.toMatch(/Merci|Le temps|Les outils|Personne/);
  });

  it('writes numbers as the ranges of the results, a value alone when its range holds one', () => {
    const years = (responses: Answers[], of = survey) =>
      table(responses, 'fr', of)
        .rows.map((r) => r[1])
        .toSorted();
    // 0–50 → ranges of 5, as the results chart draws them; the edges are the question's bounds.
    expect(years([full({ years: 0 }), full({ years: 4 }), full({ years: 5 }), full({ years: 49 }), full({ years: 50 })])).toEqual([
      '0–4',
      '0–4',
      '45–49',
      '50–54',
      '5–9',
    ]);
    const narrow: Survey = {
      ...survey,
      pages: survey.pages.map((page) => ({ ...page, questions: page.questions.map((q) => (q.type === 'number' ? { ...q, min: 0, max: 10 } : q)) })),
    };
    expect((years([full({ years: 3 }), full({ years: 3 }), full({ years: 10 })], narrow) as number[]).toSorted((a, b) => a - b)).toEqual([3, 3, 10]);
  });

  it('puts a decimal in the very range the results count it in, edges included', () => {
    const unbounded: Survey = {
      ...survey,
      pages: survey.pages.map((page) => ({
        ...page,
        questions: page.questions.map((q) => {
          if (q.type !== 'number') return q;
          const { min: _min, max: _max, ...rest } = q;
          return { ...rest, integer: false };
        }),
      })),
    };
    const values = Array.from({ length: 11 }, (_, i) => i / 10); // 0, 0.1 … 1: steps of 0.1, values on the edges
    const t = table(
      values.map((years) => full({ years })),
      'fr',
      unbounded,
    );
    const exported = new Map<ExportCell, number>();
    for (const row of t.rows) exported.set(row[1]!, (exported.get(row[1]!) ?? 0) + 1);
    const charted = binNumbers(
      values.map((v) => [v, 1] as const),
      { integer: false },
    ).filter((b) => b.count > 0);
    expect(Object.fromEntries(exported)).toEqual(Object.fromEntries(charted.map((b) => [`${b.from}–${b.to}`, b.count])));
  });

  it('writes dates as their month', () => {
    const t = table([full({ last_meeting: '2026-10-01' }), full({ last_meeting: '2026-10-31' }), full({ last_meeting: '2025-02-14' })]);
    const column = t.header.indexOf('Date de votre dernière réunion pluriprofessionnelle');
    expect(t.rows.map((r) => r[column]).toSorted()).toEqual(['2025-02', '2026-10', '2026-10']);
  });
});
