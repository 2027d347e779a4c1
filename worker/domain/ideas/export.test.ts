import { describe, expect, it } from 'vitest';
import { storedIdea as idea } from '../../../tests/support/stored-idea.ts';
import { ideasTable } from './export.ts';

describe('ideas export', () => {
  it('lists published and merged ideas only, supports from k, answers and workshop results', () => {
    const link = { kind: 'live' as const, sessionId: 's', questionId: 'q' };
    const table = ideasTable(
      [
        idea({
          id: 'a',
          supports: 7,
          status: 'done',
          answer: { fr: 'Bancs installés' },
          answeredOn: '2026-03-05',
          history: [{ status: 'studying', on: '2026-03-03', link, note: { fr: 'Classement en atelier : 1re sur 2 (3 points)' } }],
        }),
        idea({ id: 'b', supports: 2, source: 'paper', theme: 'horaires' }),
        idea({ id: 'c', status: 'merged', mergedInto: 'a', text: 'Des bancs' }),
        idea({ id: 'd', status: 'pending', text: 'Appelez le 06 12 34 56 78' }),
        idea({ id: 'e', status: 'declined' }),
        idea({ id: 'f', status: 'withdrawn' }),
        idea({ id: 'g', status: 'hidden' }),
      ],
      [{ id: 'accueil', label: { fr: 'Accueil', en: 'Reception' } }],
      5,
      '2026-03-11',
      'fr',
    );
    expect(table.header).toHaveLength(10);
    expect(table.rows).toEqual([
      ['Accueil', 'Plus de bancs', 'en ligne', 'réalisée', 7, '2026-03-01', 4, 'Bancs installés', null, 'Classement en atelier : 1re sur 2 (3 points)'],
      ['horaires', 'Plus de bancs', 'papier', 'reçue', 'moins de 5', '2026-03-01', 10, null, null, null],
      ['Accueil', 'Des bancs', 'en ligne', 'regroupée', null, '2026-03-01', 10, null, 'Plus de bancs', null],
    ]);
    expect(JSON.stringify(table)).not.toContain('06 12');
  });
});
