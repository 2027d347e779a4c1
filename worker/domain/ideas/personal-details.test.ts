import { describe, expect, it } from 'vitest';
import { personalFlags } from './personal-details.ts';

const flagged = (text: string) => personalFlags(text).map((f) => [f.kind, text.slice(f.start, f.end)]);

describe('personal details in an idea', () => {
  it('flags emails and French phone numbers in their usual forms', () => {
    expect(flagged('Écrivez à jean.dupont@exemple.fr ou au 06 12 34 56 78')).toEqual([
      ['email', 'jean.dupont@exemple.fr'],
      ['phone', '06 12 34 56 78'],
    ]);
    expect(flagged('0612345678, 01.23.45.67.89, +33 6 12 34 56 78, 0033612345678')).toEqual([
      ['phone', '0612345678'],
      ['phone', '01.23.45.67.89'],
      ['phone', '+33 6 12 34 56 78'],
      ['phone', '0033612345678'],
    ]);
  });

  it('leaves short service numbers and plain figures alone', () => {
    expect(flagged('Appelez le 15 ou le 3114, ouvert 24 h sur 24, 2 fois par semaine')).toEqual([]);
  });

  it('flags dates written with digits or with a month', () => {
    expect(flagged('Vu le 12/03/2026, puis le 3 mars et le 1er janvier 2025, et le 2026-04-01')).toEqual([
      ['date', '12/03/2026'],
      ['date', '3 mars'],
      ['date', '1er janvier 2025'],
      ['date', '2026-04-01'],
    ]);
  });

  it('flags capitalised names after a title, not the title alone', () => {
    expect(flagged('Le Dr Martin et Mme Le Goff sont super, M. Dupont-Durand aussi')).toEqual([
      ['name', 'Dr Martin'],
      ['name', 'Mme Le Goff'],
      ['name', 'M. Dupont-Durand'],
    ]);
    expect(flagged('Plus de docteurs le samedi, mme si c’est dur')).toEqual([]);
  });

  it('flags health words, whatever their case or plural', () => {
    expect(flagged('Un atelier pour les Diabétiques et la grossesse')).toEqual([
      ['health', 'Diabétiques'],
      ['health', 'grossesse'],
    ]);
    expect(flagged('Plus de bancs dans la salle d’attente')).toEqual([]);
  });
});
