/**
 * The auditor: random populations (profiles with small groups, random answers, several releases)
 * published through every view the API offers, then an automated attacker combining everything
 * published — sums and differences across views and releases, and every linear combination — to
 * isolate 1 to k − 1 people. It must never succeed. It also checks every figure it reads against the
 * truth, so the sets it attacks are the sets the figures really describe.
 */
import { describe, expect, it } from 'vitest';
import type { SurveyReport } from '../../schema/report.ts';
import type { Bar, GroupResults, SurveyResults } from '../../schema/results.ts';
import type { SurveyDraft } from '../../schema/survey.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { seededRng, type Rng } from '../../scripts/lib/prng.ts';
import { healthAnswers } from '../fixtures/health-answers.ts';
import { linearAttack, literalAttack, type Published } from '../support/disclosure-oracle.ts';
import { account, call, createSurvey, release, submit, surveyPath } from './helpers.ts';

type Person = { answers: Record<string, unknown>; batch: number };
type Measure = string;
/**
 * A published figure's set: which people it sums over, in which family of figures (measure), and a
 * count it showed of them (the set's size, or how many of them `counted`).
 */
type Figure = { measure: Measure; label: string; members: (p: Person) => boolean; shown?: number; counted?: (p: Person) => boolean };

const PROFILE = ['prof', 'mode', 'age'] as const;
const OPTIONS: Record<(typeof PROFILE)[number], string[]> = { prof: ['a', 'b', 'c', 'd'], mode: ['x', 'y', 'z'], age: ['u', 'v'] };

function randomSurvey(rng: Rng, k: number): SurveyDraft {
  const single = (id: string, options: string[], breakdown: boolean, required: boolean, preferNotToAnswer = false) => ({
    id,
    type: 'single' as const,
    label: { fr: id },
    options: options.map((o) => ({ id: o, label: { fr: o } })),
    breakdown,
    required,
    preferNotToAnswer,
  });
  const profile = PROFILE.slice(0, rng.int(2, 3)).map((id) => single(id, OPTIONS[id], true, rng.chance(0.5), rng.chance(0.5)));
  return {
    slug: `audit-${crypto.randomUUID().slice(0, 8)}`,
    title: { fr: 'Audit' },
    settings: { k, participationCodes: false },
    pages: [
      {
        id: 'p',
        questions: [
          ...profile,
          single('q1', ['yes', 'no', 'maybe'], false, true),
          { id: 'q2', type: 'scale', label: { fr: 'q2' }, min: 1, max: 5, preferNotToAnswer: true },
          { id: 'q3', type: 'multiple', label: { fr: 'q3' }, options: ['m1', 'm2', 'm3'].map((o) => ({ id: o, label: { fr: o } })) },
          { id: 'mx', type: 'matrix', label: { fr: 'mx' }, items: ['r1', 'r2'].map((o) => ({ id: o, label: { fr: o } })), scale: { min: 1, max: 4 } },
          { id: 'txt', type: 'short_text', label: { fr: 'txt' } },
        ],
      },
    ],
  };
}

/** Profiles drawn from a skewed distribution, so that some groups and cross cells are small. */
function randomPerson(rng: Rng, survey: SurveyDraft): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of survey.pages[0]!.questions) {
    if (q.type === 'single' && q.breakdown) {
      if (!q.required && rng.chance(0.08)) continue;
      if (q.preferNotToAnswer && rng.chance(0.08)) answers[q.id] = null;
      else answers[q.id] = q.options[Math.min(q.options.length - 1, Math.floor(-Math.log(1 - rng.next()) * 1.1))]!.id;
    } else if (q.id === 'q1') answers.q1 = rng.pick(['yes', 'no', 'maybe']);
    else if (q.id === 'q2') {
      if (rng.chance(0.8)) answers.q2 = rng.chance(0.1) ? null : rng.int(1, 5);
    } else if (q.id === 'q3') {
      if (rng.chance(0.7)) answers.q3 = rng.sample(['m1', 'm2', 'm3'], rng.int(1, 2));
    } else if (q.id === 'mx') {
      if (rng.chance(0.7)) answers.mx = Object.fromEntries(['r1', 'r2'].filter(() => rng.chance(0.8)).map((r) => [r, rng.int(1, 4)]));
    } else if (q.id === 'txt' && rng.chance(0.5)) answers.txt = `mot ${rng.int(1, 9)}`;
  }
  return answers;
}

const concerns = (answers: Record<string, unknown>, id: string) =>
  answers[id] !== undefined && !(typeof answers[id] === 'object' && answers[id] !== null && Object.keys(answers[id] as object).length === 0);
const inGroup = (answers: Record<string, unknown>, group: string) => {
  const [q, o] = group.split('=');
  if (o === '#answered') return typeof answers[q!] === 'string';
  if (o === '#pna') return answers[q!] === null;
  return answers[q!] === o;
};

/** The sets behind a results view's figures (everyone or one group). */
function viewFigures(view: SurveyResults, group: string | null, release: number, survey: SurveyDraft): Figure[] {
  const figures: Figure[] = [];
  const inView = (p: Person) => group === null || inGroup(p.answers, group);
  const label = group ?? 'everyone';
  figures.push({ measure: '#n', label: `${label}@${release} respondents`, members: (p) => p.batch <= release && inView(p), shown: view.responses });
  for (const result of view.questions) {
    const question = survey.pages[0]!.questions.find((q) => q.id === result.id)!;
    if (result.suppressed) continue;
    if (question.type === 'single' && question.breakdown) {
      // Counts of groups among everyone: each a set of respondents.
      for (const bar of (result as unknown as { options: Bar[] }).options)
        if (bar.count !== null)
          figures.push({
            measure: '#n',
            label: `${question.id}=${bar.key}@${release}`,
            members: (p) => p.batch <= release && p.answers[question.id] === bar.key,
            shown: bar.count,
          });
      if (result.answered !== null)
        figures.push({
          measure: '#n',
          label: `${question.id} answered@${release}`,
          members: (p) => p.batch <= release && typeof p.answers[question.id] === 'string',
          shown: result.answered,
        });
      if (result.preferNotToAnswer !== null)
        figures.push({
          measure: '#n',
          label: `${question.id} pna@${release}`,
          members: (p) => p.batch <= release && p.answers[question.id] === null,
          shown: result.preferNotToAnswer,
        });
      continue;
    }
    const at = result.release;
    // Everyone who answered or preferred not to: « prefer not » is one more answer in the distribution.
    const answered = (p: Person) => p.answers[result.id] !== null;
    figures.push({
      measure: result.id,
      label: `${label}:${result.id}@${at}`,
      members: (p) => p.batch <= at && inView(p) && concerns(p.answers, result.id),
      shown: result.answered ?? undefined,
      counted: answered,
    });
    if (result.type === 'matrix')
      for (const item of result.items)
        if (!item.suppressed)
          figures.push({
            measure: `${result.id}:${item.id}`,
            label: `${label}:${result.id}:${item.id}@${item.release}`,
            members: (p) => p.batch <= item.release && inView(p) && (p.answers[result.id] as Record<string, number> | undefined)?.[item.id] !== undefined,
            shown: item.answered,
          });
  }
  return figures;
}

/** Every set published, grouped by family, attacked by both attackers. */
function attack(people: Person[], figures: Figure[], k: number) {
  for (const figure of figures) {
    const truth = people.filter((p) => figure.members(p) && (figure.counted?.(p) ?? true)).length;
    if (figure.shown !== undefined) expect(figure.shown, `${figure.label} is the truth`).toBe(truth);
  }
  const families = new Map<Measure, Figure[]>();
  for (const figure of figures) families.set(figure.measure, [...(families.get(figure.measure) ?? []), figure]);
  for (const [family, list] of families) {
    // People no published set tells apart form one atom; the attackers work on atoms.
    const signature = (p: Person) => list.map((f) => (f.members(p) ? '1' : '0')).join('');
    const atoms = new Map<string, Person[]>();
    for (const person of people) atoms.set(signature(person), [...(atoms.get(signature(person)) ?? []), person]);
    const groups = [...atoms.values()];
    const published: Published[] = list.map((f) => ({ label: f.label, members: groups.map((g) => f.members(g[0]!)) }));
    const sizes = groups.map((g) => g.length);
    expect(literalAttack(sizes, published, k), `sums and differences in ${family}`).toBeNull();
    expect(linearAttack(sizes, published, k), `combinations in ${family}`).toBeNull();
  }
}

describe('the disclosure auditor', () => {
  it('finds no combination of published results that isolates 1 to k − 1 people (random populations, several releases)', { timeout: 120_000 }, async () => {
    const rng = seededRng('pouls-auditor');
    let releasesSeen = 0;
    for (let round = 0; round < 10; round++) {
      const k = rng.int(3, 5);
      const draft = randomSurvey(rng, k);
      const survey = await createSurvey(draft);
      const people: Person[] = [];
      const figures: Figure[] = [];
      let pending: Record<string, unknown>[] = [];
      let made = 0;
      for (let step = 0; step < rng.int(3, 5); step++) {
        for (let i = rng.int(2, 18); i > 0; i--) {
          const answers = randomPerson(rng, draft);
          expect((await submit(survey.slug, answers)).status).toBe(201);
          pending.push(answers);
        }
        const number = await release(survey.id);
        if ((number ?? 0) > made) {
          made = number!;
          for (const answers of pending) people.push({ answers, batch: made });
          pending = [];
          releasesSeen++;
        }
        if (made === 0) continue;
        const headers = survey.owner.headers;
        const everyone = (await (await call(surveyPath(survey, '/results'), { headers })).json()) as SurveyResults;
        expect(everyone.release?.number).toBe(made);
        figures.push(...viewFigures(everyone, null, made, draft));
        const { breakdowns } = (await (await call(surveyPath(survey, '/breakdowns'), { headers })).json()) as {
          breakdowns: { question: string; groups: { option: string; available: boolean }[] }[];
        };
        for (const { question, groups } of breakdowns)
          for (const group of groups) {
            const response = await call(surveyPath(survey, `/results?by=${question}&option=${group.option}`), { headers });
            expect(response.status).toBe(group.available ? 200 : 409);
            if (response.status !== 200) continue;
            const view = (await response.json()) as GroupResults;
            figures.push(...viewFigures(view, `${question}=${group.option}`, view.filter.release, draft));
          }
        const texts = await call(surveyPath(survey, '/texts/txt'), { headers });
        if (texts.status === 200) {
          const { count, release: at } = (await texts.json()) as { count: number; release: number };
          figures.push({ measure: 'txt', label: `texts@${at}`, members: (p) => p.batch <= at && typeof p.answers.txt === 'string', shown: count });
        }
      }
      attack(people, figures, k);
    }
    expect(releasesSeen).toBeGreaterThan(15);
  });

  it('finds nothing either in the scored report, split by every breakdown question, across releases', { timeout: 120_000 }, async () => {
    const rng = seededRng('pouls-auditor-report');
    const owner = await account('owner');
    const profiles = {
      profession: ['nurse', 'doctor', 'pharmacist', 'rehab', 'admin'],
      sex: ['woman', 'man'],
      age_band: ['under_35', '35_49', '50_plus'],
    } as const;
    for (let round = 0; round < 3; round++) {
      const survey = await createSurvey(
        {
          ...structuredClone(professionalHealth.survey),
          slug: `sante-${round}-${crypto.randomUUID().slice(0, 6)}`,
          settings: { ...professionalHealth.survey.settings, participationCodes: false },
        },
        true,
        owner,
      );
      const people: Person[] = [];
      const figures: Figure[] = [];
      let made = 0;
      let pending: Record<string, unknown>[] = [];
      for (let step = 0; step < 3; step++) {
        for (let i = rng.int(5, 16); i > 0; i--) {
          const profile = {
            profession: profiles.profession[Math.min(4, Math.floor(-Math.log(1 - rng.next()) * 1.3))]!,
            sex: rng.pick(profiles.sex),
            age_band: rng.pick(profiles.age_band),
          };
          const answers = healthAnswers(rng.int(0, 4), rng.int(0, 5), profile as never);
          expect((await submit(survey.slug, answers)).status).toBe(201);
          pending.push(answers);
        }
        const number = await release(survey.id);
        if ((number ?? 0) > made) {
          made = number!;
          for (const answers of pending) people.push({ answers, batch: made });
          pending = [];
        }
        if (made === 0) continue;
        for (const by of Object.keys(profiles)) {
          const report = (await (await call(surveyPath(survey, `/report?by=${by}`), { headers: owner.headers })).json()) as SurveyReport;
          for (const scale of report.instruments.flatMap((i) => i.scales))
            if (!scale.overall.suppressed)
              figures.push({
                measure: scale.key,
                label: `everyone:${scale.key}@${scale.overall.release}`,
                members: (
                  (at) => (p: Person) =>
                    p.batch <= at
                )(scale.overall.release),
                shown: scale.overall.n,
              });
          for (const group of report.breakdown!.groups) {
            if (group.respondents !== null)
              figures.push({
                measure: '#n',
                label: `${by}=${group.option}@${group.release}`,
                members: (
                  (at) => (p: Person) =>
                    p.batch <= at! && p.answers[by] === group.option
                )(group.release),
                shown: group.respondents,
              });
            for (const [key, figure] of Object.entries(group.scales))
              if (!figure.suppressed)
                figures.push({
                  measure: key,
                  label: `${by}=${group.option}:${key}@${figure.release}`,
                  members: (
                    (at) => (p: Person) =>
                      p.batch <= at && p.answers[by] === group.option
                  )(figure.release),
                  shown: figure.n,
                });
          }
        }
      }
      attack(people, figures, 5);
    }
  });
});
