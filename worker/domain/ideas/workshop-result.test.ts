import { describe, expect, it } from 'vitest';
import type { LiveQuestionView } from '../../../schema/live.ts';
import { optionResult, resultNote } from './workshop-result.ts';

const view = (tally: LiveQuestionView['tally']): LiveQuestionView => ({
  question: { id: 'q', type: 'ranking', label: { fr: 'Q' }, options: [] },
  state: 'closed',
  revealed: true,
  round: 1,
  tally,
});

describe('workshop results on ideas', () => {
  const ranked = view({
    suppressed: false,
    voters: 6,
    bars: [
      { key: 'a', value: 10, meanRank: 1.33 },
      { key: 'b', value: 4, meanRank: 2.33 },
      { key: 'c', value: 10, meanRank: 1.33 },
    ],
  });

  it('ranks an option among the bars, ties sharing the better rank', () => {
    expect(optionResult(ranked, 'a')).toEqual({ rank: 1, of: 3, value: 10, meanRank: 1.33 });
    expect(optionResult(ranked, 'c')).toMatchObject({ rank: 1 });
    expect(optionResult(ranked, 'b')).toMatchObject({ rank: 3 });
    expect(optionResult(ranked, 'zzz')).toBeNull();
    expect(optionResult(view({ suppressed: true, voters: null }), 'a')).toEqual({ suppressed: true });
  });

  it('says it in both languages, and says when fewer than k voted', () => {
    expect(resultNote('ranking', { rank: 2, of: 4, value: 12, meanRank: 1.8 }, 5)).toEqual({
      fr: 'Classement en atelier : 2e sur 4 (12 points, rang moyen 1,8)',
      en: 'Workshop ranking: 2nd of 4 (12 points, mean rank 1.8)',
    });
    expect(resultNote('dots', { rank: 1, of: 3, value: 25 }, 5).fr).toBe('Vote à points en atelier : 1re sur 3 (25 points)');
    expect(resultNote('dots', { suppressed: true }, 5).en).toContain('fewer than 5');
  });
});
