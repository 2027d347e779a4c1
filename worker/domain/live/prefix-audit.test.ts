import { describe, expect, it } from 'vitest';
import { seededRng } from '../../../scripts/lib/prng.ts';
import { linearAttack, type Published } from '../../../tests/support/disclosure-oracle.ts';
import { DisclosureAudit, membersOf } from '../disclosure/audit.ts';
import { familyLeaks, type PrefixFamily } from './prefix-audit.ts';

/** The family as sets over atoms (college, interval), for the generic audit and the attacker. */
function asSets({ sizes, publications }: PrefixFamily) {
  const colleges = [...new Set(sizes.flatMap((s) => Object.keys(s)))];
  const atoms = sizes.flatMap((s, i) => colleges.map((college) => ({ college, interval: i + 1, size: s[college] ?? 0 })));
  const published: Published[] = [];
  sizes.forEach((_, i) => published.push({ label: `all@${i + 1}`, members: atoms.map((a) => a.interval <= i + 1) }));
  for (const [college, at] of publications)
    for (const r of at) published.push({ label: `${college}@${r}`, members: atoms.map((a) => a.college === college && a.interval <= r) });
  return { sizes: atoms.map((a) => a.size), published };
}

describe('the disclosure check of live releases', () => {
  it('finds the difference of two individuals’ changes across two releases and two colleges', () => {
    // (all@3 − all@2) − (p@3 − p@1) = u's one change in interval 3 − p's one change in interval 2.
    const sizes = [
      { u: 4, p: 5 },
      { u: 2, p: 1 },
      { u: 1, p: 2 },
    ];
    expect(
      familyLeaks(
        {
          sizes,
          publications: new Map([
            ['u', [1]],
            ['p', [1]],
          ]),
        },
        3,
      ),
    ).toBe(false);
    expect(
      familyLeaks(
        {
          sizes,
          publications: new Map([
            ['u', [1]],
            ['p', [1, 3]],
          ]),
        },
        3,
      ),
    ).toBe(true);
    expect(
      familyLeaks(
        {
          sizes,
          publications: new Map([
            ['u', [1]],
            ['p', [1]],
          ]),
        },
        3,
      ),
    ).toBe(false);
    // The total minus a college: the other college's 2.
    expect(familyLeaks({ sizes: [{ u: 10, p: 2 }], publications: new Map([['u', [1]]]) }, 3)).toBe(true);
  });

  it('agrees with the generic audit and the independent attacker on random families', () => {
    const rng = seededRng('live-prefix-audit');
    for (let round = 0; round < 300; round++) {
      const k = rng.int(3, 5);
      const colleges = ['u', 'p', 'e'].slice(0, rng.int(1, 3));
      const sizes = Array.from({ length: rng.int(1, 5) }, () => Object.fromEntries(colleges.map((c) => [c, rng.chance(0.3) ? 0 : rng.int(1, 6)])));
      const publications = new Map(colleges.map((c) => [c, sizes.map((_, i) => i + 1).filter(() => rng.chance(0.4))]));
      const family = { sizes, publications };
      const { sizes: atomSizes, published } = asSets(family);
      const attacker = linearAttack(atomSizes, published, k) !== null;
      const audit = new DisclosureAudit(atomSizes, k, 1_000_000);
      for (const set of published) audit.admit(membersOf(set.members, (m) => m));
      expect(familyLeaks(family, k), `round ${round}: ${JSON.stringify({ sizes, publications: [...publications] })}`).toBe(attacker);
      expect(audit.leaks(), `round ${round}`).toBe(attacker);
    }
  });
});
