import { describe, expect, it } from 'vitest';
import type { LiveQuestion, LiveSessionAdmin } from '../../../schema/live.ts';
import { liveResultsTable } from './export.ts';

const fr = (text: string) => ({ fr: text });
const single = {
  id: 'q',
  label: fr('Q'),
  type: 'single',
  options: [
    { id: 'a', label: fr('Oui') },
    { id: 'b', label: fr('Non') },
  ],
} satisfies LiveQuestion;
const words = { id: 'w', label: fr('Mots'), type: 'words', maxWords: 3 } satisfies LiveQuestion;

function session(state: 'open' | 'closed', status: LiveSessionAdmin['status'] = 'closed'): LiveSessionAdmin {
  return {
    id: 's',
    code: 'ABCDEF',
    title: fr('Assemblée'),
    status,
    version: 1,
    joinUrl: '',
    connected: 0,
    current: null,
    createdOn: '2026-03-02',
    endedOn: status === 'closed' ? '2026-03-14' : null,
    definition: { title: fr('Assemblée'), settings: { k: 3, cardsRequired: false }, questions: [single, words] },
    questions: [
      {
        question: single,
        state,
        revealed: true,
        round: 1,
        tally: {
          suppressed: false,
          voters: 6,
          bars: [
            { key: 'a', value: 4 },
            { key: 'b', value: 2 },
          ],
        },
        byCollege: [
          {
            college: 'u',
            label: fr('Usagers'),
            weight: 60,
            tally: {
              suppressed: false,
              voters: 3,
              bars: [
                { key: 'a', value: 3 },
                { key: 'b', value: 0 },
              ],
            },
          },
          {
            college: 'p',
            label: fr('Pros'),
            weight: 40,
            tally: {
              suppressed: false,
              voters: 3,
              bars: [
                { key: 'a', value: 1 },
                { key: 'b', value: 2 },
              ],
            },
            previous: true,
          },
        ],
        block: {
          suppressed: false,
          colleges: [],
          options: [
            { option: 'a', weight: 60 },
            { option: 'b', weight: 40 },
          ],
          winner: ['a'],
        },
      },
      {
        question: words,
        state: 'closed',
        revealed: true,
        round: 1,
        tally: { suppressed: false, voters: 4, bars: [{ key: 'soin', label: 'soin', value: 4 }], waitingWords: null },
      },
      {
        question: { id: 'i', label: fr('Idées'), type: 'ideas' },
        state: 'closed',
        revealed: true,
        round: 1,
        ideas: [
          { id: 'x', text: 'Café', status: 'approved', upvotes: null },
          { id: 'y', text: 'Caché', status: 'hidden', upvotes: 4 },
        ],
      },
      {
        question: { ...single, id: 'h' },
        state: 'closed',
        revealed: false,
        round: 1,
        tally: { suppressed: true, voters: null },
        block: { suppressed: true, reason: 'college_under_k' },
      },
    ],
  };
}

describe('liveResultsTable', () => {
  it('values in value columns with their unit, explanations in the note column, the session and its date first', () => {
    const table = liveResultsTable(session('closed'), 'fr', new Date('2026-03-20T10:00:00Z'));
    expect(table.notes.slice(0, 2)).toEqual(['Atelier : Assemblée (code ABCDEF).', 'Atelier terminé le 14 mars 2026.']);
    expect(table.notes.at(-1)).toBe('Exporté le 20 mars 2026.');
    expect(table.header).toEqual(['question', 'intitulé', 'type', 'collège', 'clé', 'libellé', 'valeur', 'unité', 'rang moyen', 'votants', 'moyenne', 'note']);
    expect(table.rows).toEqual([
      ['q', 'Q', 'single', 'tous', 'a', 'Oui', 4, 'votes', null, 6, null, null],
      ['q', 'Q', 'single', 'tous', 'b', 'Non', 2, 'votes', null, 6, null, null],
      ['q', 'Q', 'single', 'Usagers', 'a', 'Oui', 3, 'votes', null, 3, null, null],
      ['q', 'Q', 'single', 'Usagers', 'b', 'Non', 0, 'votes', null, 3, null, null],
      [
        'q',
        'Q',
        'single',
        'Pros',
        'a',
        'Oui',
        1,
        'votes',
        null,
        3,
        null,
        'chiffres de la publication précédente (les nouveaux décriraient moins de k personnes)',
      ],
      [
        'q',
        'Q',
        'single',
        'Pros',
        'b',
        'Non',
        2,
        'votes',
        null,
        3,
        null,
        'chiffres de la publication précédente (les nouveaux décriraient moins de k personnes)',
      ],
      ['q', 'Q', 'single', 'vote pondéré par collège', 'a', 'Oui', 60, 'poids', null, null, null, 'option retenue'],
      ['q', 'Q', 'single', 'vote pondéré par collège', 'b', 'Non', 40, 'poids', null, null, null, null],
      ['w', 'Mots', 'words', 'tous', 'soin', 'soin', 4, 'personnes', null, 4, null, null],
      [
        'w',
        'Mots',
        'words',
        'tous',
        null,
        'mots cités par moins de 3 personnes',
        null,
        'mots',
        null,
        null,
        null,
        'nombre masqué : moins de 3 personnes ont donné ces mots',
      ],
      ['i', 'Idées', 'ideas', null, 'x', 'Café', null, 'soutiens', null, null, null, 'moins de 3 soutiens : nombre masqué'],
      ['h', 'Q', 'single', 'tous', null, null, null, null, null, null, null, 'moins de 3 votants : chiffres masqués'],
      ['h', 'Q', 'single', 'vote pondéré par collège', null, null, null, null, null, null, null, 'non affiché : un collège compte moins de k votants'],
    ]);
    // No internal code anywhere.
    expect(JSON.stringify(table)).not.toMatch(/college_under_k|college_withheld|no_votes/);
  });

  it('an open question’s block vote is leading, not retained; a running session is dated by the export', () => {
    const table = liveResultsTable(session('open', 'open'), 'en', new Date('2026-03-14T10:00:00Z'));
    expect(table.notes[1]).toBe('Workshop running: results as of 14 March 2026.');
    expect(table.rows.find((r) => r[4] === 'a' && r[3] === 'weighted vote by college')?.at(-1)).toBe('leading, voting open');
  });
});
