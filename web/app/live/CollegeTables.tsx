import type { BlockVote, CollegeTally, LiveQuestion, LiveQuestionState } from '../../../schema/live.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { barRows } from '../../shared/live/bars.ts';
import { liveSharedText } from '../../shared/live/text.ts';
import { liveConsoleText } from './text.ts';

type Props = { question: LiveQuestion; state: LiveQuestionState; byCollege?: CollegeTally[]; block?: BlockVote; k: number; id: string };

/**
 * Per-college figures (one row per college, one column per option, each figure with its unit) and the
 * block vote, as tables. The block vote's best option is « en tête » while voting is open, and
 * « retenue » only once the question is locked or closed: then it is the final result, the export's.
 */
export function CollegeTables({ question, state, byCollege, block, k, id }: Props) {
  const text = useText(liveConsoleText);
  const shared = useText(liveSharedText);
  const lang = useLang();
  const options = 'options' in question ? question.options : [];
  const optionLabel = (key: string) => surveyText(options.find((o) => o.id === key)?.label, lang) || key;
  const final = state === 'locked' || state === 'closed';
  if (!(byCollege && byCollege.length > 0 && options.length > 0) && !block) return null;
  return (
    <div class="live-college-figures">
      {byCollege && byCollege.length > 0 && options.length > 0 && (
        <div class="live-table-wrap">
          <table class="live-table" aria-labelledby={`${id}-colleges`}>
            <caption id={`${id}-colleges`}>
              {text.byCollege} <span class="live-table-unit">({text.byCollegeUnits[question.type]})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{text.college}</th>
                <th scope="col">{text.weight}</th>
                {options.map((o) => (
                  <th scope="col" key={o.id}>
                    {surveyText(o.label, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {byCollege.map((c) => {
                const rows = c.tally.suppressed ? [] : barRows(question, c.tally.bars, c.tally.voters, lang, shared);
                return (
                  <tr key={c.college} class={c.previous ? 'live-previous' : undefined}>
                    <th scope="row">
                      {surveyText(c.label, lang)}
                      {c.previous && <span class="live-previous-tag"> ({text.previousFigures})</span>}
                    </th>
                    <td>{formatNumber(lang, c.weight)}</td>
                    {c.tally.suppressed ? (
                      <td colSpan={options.length} class="live-suppressed">
                        {shared.suppressed(formatNumber(lang, k))}
                      </td>
                    ) : (
                      options.map((o) => <td key={o.id}>{rows.find((r) => r.key === o.id)?.display ?? ''}</td>)
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {block &&
        (block.suppressed ? (
          <p class="live-suppressed" data-testid="block-suppressed">
            <strong>{text.block} : </strong>
            {text.blockSuppressed[block.reason]}
          </p>
        ) : (
          <div class="live-table-wrap">
            <table class="live-table" aria-labelledby={`${id}-block`} data-testid="block-vote">
              <caption id={`${id}-block`}>{text.block}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.blockOption}</th>
                  <th scope="col">{text.blockScore}</th>
                </tr>
              </thead>
              <tbody>
                {[...block.options]
                  .sort((a, b) => b.weight - a.weight)
                  .map((o) => (
                    <tr key={o.option} class={block.winner.includes(o.option) ? 'live-winner' : undefined}>
                      <th scope="row">
                        {optionLabel(o.option)}
                        {block.winner.includes(o.option) && <span class="live-winner-tag"> – {final ? text.blockWinner : text.blockLeading}</span>}
                      </th>
                      <td>{formatNumber(lang, o.weight)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
            {!final && <p class="live-table-note">{text.blockLeadingHint}</p>}
          </div>
        ))}
    </div>
  );
}
