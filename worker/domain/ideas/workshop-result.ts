import type { LiveQuestionView } from '../../../schema/live.ts';
import type { LocalizedText } from '../../../schema/lang.ts';

/** Where one option (an idea) came out of a closed ranking or dots question, as the screens showed it (k applied). */
export type OptionResult = { rank: number; of: number; value: number; meanRank?: number } | { suppressed: true };

/** The option's rank (ties share the better one), its points (Borda for a ranking) and mean rank. */
export function optionResult(view: LiveQuestionView, optionId: string): OptionResult | null {
  const tally = view.tally;
  if (!tally || tally.suppressed) return { suppressed: true };
  const bar = tally.bars.find((b) => b.key === optionId);
  if (!bar) return null;
  const rank = 1 + tally.bars.filter((b) => b.value > bar.value).length;
  return { rank, of: tally.bars.length, value: bar.value, ...(bar.meanRank === undefined ? {} : { meanRank: bar.meanRank }) };
}

const ordinalFr = (n: number) => (n === 1 ? '1re' : `${n}e`);
function ordinalEn(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
const decimalFr = (x: number) => String(x).replace('.', ',');

/** The line an idea's history shows for its workshop result. */
export function resultNote(type: 'ranking' | 'dots', result: OptionResult, k: number): LocalizedText {
  if ('suppressed' in result)
    return { fr: `Vote en atelier : moins de ${k} votant·es, pas de résultat publié`, en: `Workshop vote: fewer than ${k} voters, no result published` };
  const { rank, of, value, meanRank } = result;
  if (type === 'ranking') {
    const mean = meanRank === undefined ? '' : `, rang moyen ${decimalFr(meanRank)}`;
    const meanEn = meanRank === undefined ? '' : `, mean rank ${meanRank}`;
    return {
      fr: `Classement en atelier : ${ordinalFr(rank)} sur ${of} (${value} points${mean})`,
      en: `Workshop ranking: ${ordinalEn(rank)} of ${of} (${value} points${meanEn})`,
    };
  }
  return {
    fr: `Vote à points en atelier : ${ordinalFr(rank)} sur ${of} (${value} points)`,
    en: `Workshop dot vote: ${ordinalEn(rank)} of ${of} (${value} points)`,
  };
}
