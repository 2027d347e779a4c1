import { describe, expect, it } from 'vitest';
import { copySlug, copyTitle } from './survey-copy.ts';

describe('survey copies', () => {
  it('take a free « -copie » slug and say « copie » in the title', () => {
    expect(copySlug('besoins', new Set())).toBe('besoins-copie');
    expect(copySlug('besoins', new Set(['besoins-copie', 'besoins-copie-2']))).toBe('besoins-copie-3');
    expect(copySlug('x'.repeat(64), new Set())).toHaveLength(64);
    expect(copyTitle({ fr: 'Besoins', en: 'Needs' })).toEqual({ fr: 'Besoins (copie)', en: 'Needs (copy)' });
    expect(copyTitle({ fr: 'Besoins' })).toEqual({ fr: 'Besoins (copie)' });
  });
});
