import { describe, expect, it } from 'vitest';
import { seededRng } from '../../../scripts/lib/prng.ts';
import { anonymizeProfiles, BLANK, OTHER } from './microdata.ts';
import type { BreakdownQuestion } from './profile.ts';

const question = (id: string, options: string[]): BreakdownQuestion => ({
  id,
  type: 'single',
  label: { fr: id },
  options: options.map((o) => ({ id: o, label: { fr: o } })),
  breakdown: true,
  required: false,
  preferNotToAnswer: true,
});

const classes = (profiles: string[][]) => {
  const sizes = new Map<string, number>();
  for (const p of profiles) sizes.set(p.join('|'), (sizes.get(p.join('|')) ?? 0) + 1);
  return sizes;
};

describe('anonymizeProfiles', () => {
  it('merges the only man aged 50+ out of sight, answers untouched', () => {
    const questions = [question('sex', ['woman', 'man']), question('age', ['young', 'old'])];
    const rows = [...Array.from({ length: 12 }, () => ['woman', 'young']), ...Array.from({ length: 6 }, () => ['woman', 'old']), ['man', 'old']];
    const { profiles, recoding } = anonymizeProfiles(questions, rows, 5);
    expect(profiles).toHaveLength(19);
    for (const [combo, n] of classes(profiles)) expect(n, combo).toBeGreaterThanOrEqual(5);
    expect(recoding.merged).toEqual([{ question: 'sex', values: ['woman', 'man'] }]);
    expect(profiles.filter((p) => p[0] === OTHER)).toHaveLength(19);
  });

  it('keeps every combination at k or more on random populations, blanking cells rather than dropping rows', () => {
    const rng = seededRng('microdata');
    for (let round = 0; round < 200; round++) {
      const k = rng.int(3, 6);
      const questions = Array.from({ length: rng.int(1, 5) }, (_, i) => question(`q${i}`, ['a', 'b', 'c', 'd'].slice(0, rng.int(2, 4))));
      const rows = Array.from({ length: rng.int(k, 80) }, () =>
        questions.map((q) =>
          rng.chance(0.1) ? '#pna' : rng.chance(0.05) ? '' : q.options[Math.min(q.options.length - 1, Math.floor(-Math.log(1 - rng.next()) * 1.2))]!.id,
        ),
      );
      const { profiles, recoding } = anonymizeProfiles(questions, rows, k);
      expect(profiles).toHaveLength(rows.length);
      for (const [combo, n] of classes(profiles)) expect(n, `round ${round}: ${combo}`).toBeGreaterThanOrEqual(k);
      expect(recoding.blanked).toBe(profiles.flat().filter((v) => v === BLANK).length);
    }
  });

  it('is deterministic whatever the order of the rows, so two files of one release recode alike', () => {
    const rng = seededRng('microdata-order');
    const questions = [question('p', ['a', 'b', 'c']), question('s', ['x', 'y'])];
    const rows = Array.from({ length: 30 }, () => [rng.pick(['a', 'b', 'c']), rng.pick(['x', 'y'])]);
    const order = rng.shuffle(rows.map((_, i) => i));
    const straight = anonymizeProfiles(questions, rows, 5).profiles;
    const shuffled = anonymizeProfiles(
      questions,
      order.map((i) => rows[i]!),
      5,
    ).profiles;
    expect(order.map((_, at) => shuffled[at]!.join()).join(';')).toBe(order.map((i) => straight[i]!.join()).join(';'));
  });
});
