/** The respondent's page and the idea box's phone page (/b/:slug): their JS and CSS gzipped, held to the same budget. */
import { MissingBuildError, measurePageBundle, type PageBundle } from '../lib/bundle.ts';
import { log, TARGETS, type Row } from './context.ts';

export type Bundles = { respondent: PageBundle | null; respondentError: string; ideas: PageBundle | null };

/** A missing build is reported, not thrown: the server benchmarks still run. */
export function measureBundles(dist: string): Bundles {
  let respondent: PageBundle | null = null;
  let respondentError = '';
  try {
    respondent = measurePageBundle(dist, 'respond/index.html');
    log(`respondent page: ${respondent.files.length} JS/CSS file(s), ${respondent.gzipBytes} bytes gzipped`);
    if (respondent.files.length === 0) log('warning: respond/index.html loads no JS or CSS file');
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    respondentError = error.message;
    console.error(`✗ respondent bundle: ${respondentError}`);
  }
  let ideas: PageBundle | null = null;
  try {
    ideas = measurePageBundle(dist, 'ideas/index.html');
    log(`idea box page: ${ideas.files.length} JS/CSS file(s), ${ideas.gzipBytes} bytes gzipped`);
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    console.error(`✗ idea box bundle: ${error.message}`);
  }
  return { respondent, respondentError, ideas };
}

/** Each page's files, under the measured phase's summary. */
export function printBundleFiles({ respondent, ideas }: Bundles): void {
  if (respondent) console.log(`  respondent page: ${respondent.files.map((f) => `${f.file} ${f.gzipBytes} B`).join(', ') || 'no JS/CSS'}`);
  if (ideas) console.log(`  idea box page: ${ideas.files.map((f) => `${f.file} ${f.gzipBytes} B`).join(', ') || 'no JS/CSS'}`);
}

const bundleRow = (metric: string, bundle: PageBundle | null): Row => ({
  metric,
  value: bundle ? String(bundle.gzipBytes) : 'missing build',
  target: `≤ ${TARGETS.bundleGzipBytes}`,
  pass: bundle ? bundle.gzipBytes <= TARGETS.bundleGzipBytes : false,
  // A missing build fails the run, not just a target.
  kind: bundle ? 'perf' : 'check',
});

export const bundleRows = ({ respondent, ideas }: Bundles): Row[] => [
  bundleRow('respondent_js_css_gzip_bytes', respondent),
  bundleRow('ideas_js_css_gzip_bytes', ideas),
];
