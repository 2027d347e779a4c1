import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ideaBoxNotice, ideaBoxRecord } from './idea-privacy.ts';
import { BoxInput } from './ideas.ts';
import { ideaBoxTemplates } from './templates/idea-boxes.ts';

describe('idea box privacy notice and register entry', () => {
  const box = { title: { fr: 'Vos idées' }, audience: 'members' as const, k: 7, retentionMonths: 6 };

  it('says k, the show of hands in the waiting room, the kiosk and the retention, in both languages', () => {
    const fr = JSON.stringify(ideaBoxNotice(box, 'Centre de santé', 'fr'));
    expect(fr).toContain('à partir de 7');
    expect(fr).toContain('lever la main');
    expect(fr).toContain('tablette');
    expect(fr).toContain('6 mois');
    expect(fr).toContain('lien réservé');
    const en = ideaBoxNotice(box, 'Health centre', 'en');
    expect(en.sections.map((s) => s.id)).toEqual(['purpose', 'voluntary', 'anonymity', 'access', 'retention', 'contact']);
    expect(JSON.stringify(en)).toContain('6 months');
  });

  it('fills every heading of the register entry', () => {
    const record = ideaBoxRecord(box, 'Centre de santé', 'fr');
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
    for (const field of record.fields) expect(field.entries.length).toBeGreaterThan(0);
  });

  it('templates are valid boxes once given an address', () => {
    for (const template of ideaBoxTemplates) expect(v.safeParse(BoxInput, { ...template.box, slug: 'essai' }).success).toBe(true);
  });
});
