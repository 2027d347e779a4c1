import { describe, expect, it } from 'vitest';
import type { LiveQuestion, LiveSessionAdmin } from '../../../schema/live.ts';
import { liveResultsTable } from './export.ts';

const fr = (text: string) => ({ fr: text });

describe('liveResultsTable', () => {
  it('one row per bar, a suppressed tally as a row without figures, block-vote and idea rows', () => {
    const single = { id: 'q', label: fr('Q'), type: 'single', options: [{ id: 'a', label: fr('Oui') }, { id: 'b', label: fr('Non') }] } satisfies LiveQuestion;
    const state = {
      id: 's', code: 'ABCDEF', title: fr('T'), status: 'closed', version: 1, joinUrl: '', connected: 0,
      definition: { title: fr('T'), settings: { k: 3, cardsRequired: false }, questions: [single] },
      questions: [
        {
          question: single, state: 'closed', revealed: true, round: 1,
          tally: { suppressed: false, voters: 4, bars: [{ key: 'a', value: 3 }, { key: 'b', value: 1 }] },
          byCollege: [{ college: 'u', label: fr('Usagers'), weight: 1, tally: { suppressed: true, voters: null } }],
          block: { suppressed: true, reason: 'college_under_k' },
        },
        { question: { id: 'i', label: fr('Idées'), type: 'ideas' }, state: 'closed', revealed: true, round: 1, ideas: [{ id: 'x', text: 'Café', status: 'approved', upvotes: null }, { id: 'y', text: 'Caché', status: 'hidden', upvotes: 4 }] },
      ],
    } satisfies LiveSessionAdmin;
    expect(liveResultsTable(state, 'fr')).toEqual([
      ['question', 'intitulé', 'type', 'collège', 'clé', 'libellé', 'valeur', 'rang moyen', 'votants', 'moyenne'],
      ['q', 'Q', 'single', 'tous', 'a', 'Oui', 3, null, 4, null],
      ['q', 'Q', 'single', 'tous', 'b', 'Non', 1, null, 4, null],
      ['q', 'Q', 'single', 'Usagers', null, 'moins de 3 votants', null, null, null, null],
      ['q', 'Q', 'single', 'vote par collèges', null, 'college_under_k', null, null, null, null],
      ['i', 'Idées', 'ideas', null, 'x', 'Café', null, null, null, null],
    ]);
  });
});
