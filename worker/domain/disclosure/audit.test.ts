import { describe, expect, it } from 'vitest';
import { seededRng } from '../../../scripts/lib/prng.ts';
import { linearAttack, literalAttack, type Published } from '../../../tests/support/disclosure-oracle.ts';
import { DisclosureAudit, membersOf } from './audit.ts';

type Atom = { profession: string; mode: string; batch: number; size: number };

const atomsOf = (rows: [string, string, number, number][]): Atom[] => rows.map(([profession, mode, batch, size]) => ({ profession, mode, batch, size }));

function auditOf(atoms: Atom[], k = 5) {
  const audit = new DisclosureAudit(
    atoms.map((a) => a.size),
    k,
  );
  const published: Published[] = [];
  const offer = (label: string, inSet: (a: Atom) => boolean) => {
    const accepted = audit.offer(membersOf(atoms, inSet));
    if (accepted) published.push({ label, members: atoms.map(inSet) });
    return accepted;
  };
  const leak = () =>
    linearAttack(
      atoms.map((a) => a.size),
      published,
      k,
    );
  return { audit, offer, published, leak };
}

describe('DisclosureAudit', () => {
  it('refuses the second breakdown when one group minus another is one person (liberal 21 − doctors 20)', () => {
    const { offer, leak } = auditOf(
      atomsOf([
        ['doctor', 'liberal', 1, 20],
        ['nurse', 'liberal', 1, 1],
        ['nurse', 'salaried', 1, 14],
        ['pharmacist', 'salaried', 1, 6],
      ]),
    );
    expect(offer('all', () => true)).toBe(true);
    expect(offer('doctors', (a) => a.profession === 'doctor')).toBe(true);
    expect(offer('nurses', (a) => a.profession === 'nurse')).toBe(true);
    expect(offer('liberal', (a) => a.mode === 'liberal')).toBe(false);
    expect(offer('salaried', (a) => a.mode === 'salaried')).toBe(false);
    expect(leak()).toBeNull();
  });

  it('shows both breakdowns when no combination of them isolates anyone, even with a small cross cell', () => {
    // Margins of a 2 × 2 table do not give its cells: the single salaried doctor stays unknown.
    const { offer, leak } = auditOf(
      atomsOf([
        ['doctor', 'liberal', 1, 19],
        ['doctor', 'salaried', 1, 1],
        ['nurse', 'liberal', 1, 10],
        ['nurse', 'salaried', 1, 12],
      ]),
    );
    expect(offer('all', () => true)).toBe(true);
    expect(offer('doctors', (a) => a.profession === 'doctor')).toBe(true);
    expect(offer('liberal', (a) => a.mode === 'liberal')).toBe(true);
    expect(leak()).toBeNull();
  });

  it('hides a group under k, and enough others that the total cannot give it back', () => {
    const { offer } = auditOf(
      atomsOf([
        ['doctor', '', 1, 20],
        ['nurse', '', 1, 15],
        ['pharmacist', '', 1, 2],
      ]),
    );
    expect(offer('all', () => true)).toBe(true);
    expect(offer('doctors', (a) => a.profession === 'doctor')).toBe(true);
    // all − doctors − nurses would be the 2 pharmacists
    expect(offer('nurses', (a) => a.profession === 'nurse')).toBe(false);
    expect(offer('pharmacists', (a) => a.profession === 'pharmacist')).toBe(false);
  });

  it('keeps two small groups hidden together when together they reach k', () => {
    const { offer } = auditOf(
      atomsOf([
        ['doctor', '', 1, 20],
        ['nurse', '', 1, 15],
        ['pharmacist', '', 1, 3],
        ['physio', '', 1, 4],
      ]),
    );
    expect(offer('all', () => true)).toBe(true);
    expect(offer('doctors', (a) => a.profession === 'doctor')).toBe(true);
    expect(offer('nurses', (a) => a.profession === 'nurse')).toBe(true);
    expect(offer('physios', (a) => a.profession === 'physio')).toBe(false);
    expect(offer('pharmacists', (a) => a.profession === 'pharmacist')).toBe(false);
  });

  it('refreshes a group across releases only once it has grown by k, over several batches if need be', () => {
    const atoms = atomsOf([
      ['doctor', '', 1, 20],
      ['other', '', 1, 20],
      ['doctor', '', 2, 2],
      ['other', '', 2, 3],
      ['doctor', '', 3, 2],
      ['other', '', 3, 3],
      ['doctor', '', 4, 2],
      ['other', '', 4, 3],
    ]);
    const { audit, offer, leak } = auditOf(atoms);
    const upTo = (release: number) => (a: Atom) => a.batch <= release;
    // Release 1, as published then.
    audit.admit(membersOf(atoms, upTo(1)));
    audit.admit(membersOf(atoms, (a) => a.batch <= 1 && a.profession === 'doctor'));
    // Releases 2 and 3: the overall figures move (each batch holds k), the doctors' would move by 2.
    expect(offer('all@2', upTo(2))).toBe(true);
    expect(offer('doctors@2', (a) => a.batch <= 2 && a.profession === 'doctor')).toBe(false);
    expect(offer('all@3', upTo(3))).toBe(true);
    expect(offer('doctors@3', (a) => a.batch <= 3 && a.profession === 'doctor')).toBe(false);
    // Release 4: the doctors have grown by 6 since their last figures; no batch can be told apart.
    expect(offer('all@4', upTo(4))).toBe(true);
    expect(offer('doctors@4', (a) => a.batch <= 4 && a.profession === 'doctor')).toBe(true);
    expect(leak()).toBeNull();
  });

  it('shows a group hidden at one release once the new figures cannot be told apart from the old hidden mass', () => {
    const atoms = atomsOf([
      ['doctor', '', 1, 20],
      ['pharmacist', '', 1, 3],
      ['physio', '', 1, 4],
      ['doctor', '', 2, 5],
      ['pharmacist', '', 2, 3],
    ]);
    const { audit, offer, leak } = auditOf(atoms);
    audit.admit(membersOf(atoms, (a) => a.batch <= 1));
    audit.admit(membersOf(atoms, (a) => a.batch <= 1 && a.profession === 'doctor'));
    expect(offer('all@2', () => true)).toBe(true);
    // Pharmacists now 6, and nothing separates release 1's 3 pharmacists from its 4 physios.
    expect(offer('pharmacists@2', (a) => a.profession === 'pharmacist')).toBe(true);
    // But with the doctors refreshed too, all − doctors − pharmacists would be the 4 physios.
    expect(offer('doctors@2', (a) => a.profession === 'doctor')).toBe(false);
    expect(leak()).toBeNull();
  });

  it('never lets a random sequence of offers leak, and refuses only offers that would', () => {
    const rng = seededRng('disclosure-audit');
    for (let round = 0; round < 60; round++) {
      const k = rng.int(3, 5);
      const professions = ['a', 'b', 'c', 'd'].slice(0, rng.int(2, 4));
      const modes = ['x', 'y', 'z'].slice(0, rng.int(1, 3));
      const batches = rng.int(1, 3);
      const atoms: Atom[] = [];
      for (const profession of professions)
        for (const mode of modes)
          for (let batch = 1; batch <= batches; batch++) atoms.push({ profession, mode, batch, size: rng.chance(0.25) ? 0 : rng.int(1, 9) });
      const { audit, offer, published, leak } = auditOf(atoms, k);
      const candidates: [string, (a: Atom) => boolean][] = [];
      for (let release = 1; release <= batches; release++) {
        candidates.push([`all@${release}`, (a) => a.batch <= release]);
        for (const p of professions) candidates.push([`${p}@${release}`, (a) => a.batch <= release && a.profession === p]);
        for (const m of modes) candidates.push([`${m}@${release}`, (a) => a.batch <= release && a.mode === m]);
      }
      for (const [label, inSet] of rng.shuffle(candidates)) {
        const before = [...published];
        const accepted = offer(label, inSet);
        if (!accepted) {
          // A refusal must be warranted: with it, the attacker would have found something.
          const withIt = [...before, { label, members: atoms.map(inSet) }];
          expect(
            linearAttack(
              atoms.map((a) => a.size),
              withIt,
              k,
            ),
            `refusing ${label} in round ${round}`,
          ).not.toBeNull();
        }
      }
      expect(leak(), `round ${round}`).toBeNull();
      expect(
        literalAttack(
          atoms.map((a) => a.size),
          published,
          k,
        ),
        `round ${round}`,
      ).toBeNull();
      expect(audit.leaks()).toBe(false);
    }
  });
});
