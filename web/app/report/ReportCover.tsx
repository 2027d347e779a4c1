import type { SurveyReport } from '../../../schema/report.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { localeOf, useLang, useText } from '../../shared/i18n/lang.ts';
import { formatReleaseDay, formatReleaseTime } from '../../results/format.ts';
import { reportText } from './text.ts';

type Props = {
  organisation: string;
  survey: string;
  report: SurveyReport;
  /** When each release was made, in order (the collection as releases saw it). */
  releaseDates: string[];
  /** The breakdown question shown, in words, if any. */
  breakdown: string | null;
};

/**
 * The printed report's first page: who (organisation), what (survey, questionnaires), when (the days
 * responses were released over, the release described) and under which rule (k). Paper only.
 */
export function ReportCover({ organisation, survey, report, releaseDates, breakdown }: Props) {
  const lang = useLang();
  const text = useText(reportText);
  const release = report.participation.release;
  const first = releaseDates[0];
  const last = releaseDates.at(-1);
  const printed = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' }).format(new Date());
  return (
    <section class="report-cover print-only" data-testid="report-cover">
      <div>
        <p class="report-cover-org">{organisation}</p>
        <p class="report-cover-eyebrow">{text.coverEyebrow}</p>
        <p class="report-cover-title">{survey}</p>
        {report.instruments.length > 0 && <p class="report-cover-line">{text.coverInstruments(report.instruments.map((i) => i.name[lang]).join(', '))}</p>}
      </div>
      <div class="report-cover-facts">
        {first && last && (
          <p>
            {first === last || releaseDates.length === 1
              ? text.coverOneRelease(formatReleaseDay(lang, first))
              : text.coverReleases(formatReleaseDay(lang, first), formatReleaseDay(lang, last), formatNumber(lang, releaseDates.length))}
          </p>
        )}
        <p>
          {release
            ? text.coverRelease(formatNumber(lang, release.number), formatReleaseTime(lang, release.madeAt), formatNumber(lang, release.responses))
            : text.coverNoRelease}
        </p>
        <p>{text.coverK(formatNumber(lang, report.k))}</p>
        {breakdown && <p>{text.coverBreakdown(breakdown)}</p>}
        <p class="report-cover-printed">{text.coverPrinted(printed)}</p>
      </div>
    </section>
  );
}
