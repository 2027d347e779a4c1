import type { CodeBatch } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { formatReleaseTime } from '../../results/format.ts';
import { shareText } from './text.ts';

type Props = { id: string; batches: CodeBatch[]; population: number | null };

/**
 * Every batch of participation codes issued: when, by whom, how many, and the declared population
 * then. Everyone in the organisation sees them, so hoarding codes shows; how many were used never
 * shows (that would be a live count of responses).
 */
export function CodeBatches({ id, batches, population }: Props) {
  const lang = useLang();
  const text = useText(shareText);
  const total = batches.reduce((n, b) => n + b.count, 0);
  return (
    <div class="code-batches" data-testid="code-batches">
      <p data-testid="codes-summary">
        {batches.length === 0 ? text.batchesNone : text.codesSummary(formatNumber(lang, total))}{' '}
        {population === null ? text.populationUnknown : text.populationIs(formatNumber(lang, population))}
      </p>
      {batches.length > 0 && (
        <div class="table-scroll table-scroll-short" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table class="data-table">
            <caption id={`${id}-caption`}>{text.batchesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.issuedAt}</th>
                <th scope="col">{text.issuedBy}</th>
                <th scope="col">{text.batchCount}</th>
                <th scope="col">{text.batchPopulation}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.issuedAt}>
                  <th scope="row">{formatReleaseTime(lang, batch.issuedAt)}</th>
                  <td>{batch.issuedBy}</td>
                  <td>{formatNumber(lang, batch.count)}</td>
                  <td>{formatNumber(lang, batch.population)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted small">{text.batchesWhy}</p>
    </div>
  );
}
