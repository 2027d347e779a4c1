/**
 * `npm run bench`: submissions throughput and latency, results cost and respondent bundle size,
 * against local `wrangler dev` on loopback with a fresh throwaway D1, configured by the bench's own copy of
 * wrangler.toml (public limits lifted, Server-Timing row counts on: scripts/lib/wrangler-config.ts).
 *
 * Then, wrangler dev stopped, the built worker on workerd through Miniflare without the dev proxy, on the same
 * D1 (scripts/bench/without-proxy.ts): the production figures, each beside its target.
 *
 * Prints a table, then one JSON line (always the last line of a completed run):
 * {"dev_submissions_per_s", "dev_submit_p50_ms", "dev_submit_p99_ms" (through wrangler dev's proxy), "noop_per_s", "noop_cpu_ms",
 *  "submissions_per_s", "submit_p50_ms", "submit_p99_ms", "submit_cpu_ms", "submit_rows_written", "respondent_path_per_s",
 *  "respondent_path_p50_ms", "respondent_path_p99_ms", "respondent_path_cpu_ms", "scored_submit_cpu_ms", "scored_submit_rows_written",
 *  "definition_cpu_ms", "definition_304_cpu_ms", "respondent_first_question_ms" (without the proxy) and a "<figure>_target_met" for each target,
 *  "results_rows_read_100", "results_rows_read_10000", "respondent_js_css_gzip_bytes", "ideas_js_css_gzip_bytes",
 *  "report_ms_10000", "report_rows_read_100", "report_rows_read_10000", "live_p50_ms", "live_p95_ms", "live_votes_acked", "live_votes_stored",
 *  "ideas_support_p95_ms", "ideas_supports_acked", "ideas_supports_stored", "fault_acked", "fault_stored", "fault_double_counted"}
 *
 * Steps: fresh D1 (migrations, one-time setup token) → wrangler dev on a random loopback port, serving a
 * snapshot of the tree (--live-tree serves the working tree itself) → first coordinator and organisation
 * through /api/auth/setup → the demo survey (slug "bench", public results) created and published →
 * 100 submissions, results read → the rest at concurrency 16 with ~1% replays of used keys, results
 * read → acked == stored checked in the results, the coordinator results and the D1 tables → the same for the
 * « Santé des professionnels » template (CBI + WHO-5 scored at submission), its report read at 100 and 10,000
 * scored responses (rows read) and timed over 30 reads (median) → live workshops: 160 then 500 participants
 * each vote within 2 s while a projector socket watches (vote→projector latency; acked = counted = in D1) → the idea box:
 * 1,000 devices each support an idea within 10 s while a display polls every 250 ms (support→display; acked = shown = in D1) →
 * the fault run: 2,000 submissions with random client-side cuts, each retried with its key until acknowledged,
 * while wrangler dev is killed and started again on the same D1 halfway (stored = acked, none counted twice) →
 * without the dev proxy: the no-op floor, 2,000 demo submissions, 1,000 respondents of « Santé des professionnels »
 * (GET the definition, then POST), each request's CPU, and a throttled phone's first question (Chromium).
 * Each phase lives in scripts/bench/ (setup, bundles, submissions, report, live, ideas, fault, without-proxy); this file orders them.
 *
 * Options: --total 10000  --warmup 100  --concurrency 16  --seed pouls-bench  --retry-rate 0.01
 *          --max-seconds 600 (whole run)  --dist <dir> (default: the served dist/web)  --live-tree
 *          --keep-state  --strict (exit 1 when a target is missed)
 *          --live-only (only the live workshop runs, after the coordinator's setup: a quick check of the live path)
 *          --fault-only (only the fault run; its JSON line has the fault figures alone)  --fault-total 2000
 *          --ideas-only (only the idea box run; its JSON line has the ideas figures alone)
 *          --production-only (only the run without the dev proxy; its JSON line has those figures alone)
 * Exit code: 0 when the run completed and its correctness checks hold (acked == stored, duplicates
 * acknowledged once); 1 otherwise, or with --strict when a performance target is missed; 2 on timeout.
 * When dist/web/respond/index.html is missing the bench still runs, says so, and reports the bundle as null (the
 * idea box's phone page, dist/web/ideas/index.html, likewise).
 */
import { loadavg } from 'node:os';
import { MissingBuildError } from './lib/bundle.ts';
import { faultCheck } from './lib/fault-bench.ts';
import { ideasFigures, ideasRows, ideasSupportsStored } from './lib/ideas-bench.ts';
import { seededRng } from './lib/prng.ts';
import { round } from './lib/stats.ts';
import { bundleRows, measureBundles, printBundleFiles } from './bench/bundles.ts';
import {
  cleanUp,
  config,
  elapsed,
  flags,
  log,
  MAX_MS,
  printRows,
  runAbort,
  serverOutput,
  startedAt,
  stopServer,
  TOTAL,
  verdict,
  watchdog,
} from './bench/context.ts';
import { faultOnly, runFault } from './bench/fault.ts';
import { ideasOnly, runIdeas } from './bench/ideas.ts';
import { liveFigures, liveOnly, liveRows, liveVotesStored, runLive } from './bench/live.ts';
import { reportRows, runReport } from './bench/report.ts';
import { countInD1 } from './bench/server.ts';
import { prepareTree, startBench } from './bench/setup.ts';
import { demoSubmissions, printMeasuredPhase, reloaded, runSubmissions, submissionsRows } from './bench/submissions.ts';
import { productionFigures, productionOnly, productionRows, runWithoutProxy } from './bench/without-proxy.ts';

async function main(): Promise<number> {
  const loadBefore = loadavg()[0]!;
  const tree = prepareTree();
  // Measured first, so a missing build is reported at once (the server benchmarks still run).
  const bundles = measureBundles(tree.dist);
  const rng = seededRng(flags.seed);
  const demo = demoSubmissions(rng.fork('answers'));
  const { dir, client, cookie, orgId, admin, surveysPath, startServer } = await startBench(tree.serveFrom);
  try {
    if (flags['live-only']) return await liveOnly(cookie, orgId, loadBefore);
    if (flags['ideas-only']) return await ideasOnly(cookie, orgId);
    const faulty = () => runFault(client, admin, surveysPath, rng.fork('fault'), startServer);
    if (flags['fault-only']) return await faultOnly(await faulty());
    if (flags['production-only']) return await productionOnly(dir, admin, orgId, rng.fork('production'));

    const deadline = startedAt + MAX_MS - 150_000; // leaves time for the final reads and checks, and the run without the proxy
    const submissions = await runSubmissions(client, admin, surveysPath, demo, deadline);
    const reportRun = await runReport(client, admin, surveysPath, rng.fork('report'), deadline);
    const liveRuns = await runLive(cookie, orgId);
    const ideasRun = await runIdeas(cookie, orgId);
    const faultRun = await faulty();

    client.close();
    await stopServer();
    log('server stopped; counting rows in D1…');
    const inD1 = await countInD1(dir, submissions.surveyId);
    const liveStored = await liveVotesStored(liveRuns);
    const ideasStored = await ideasSupportsStored(ideasRun, { persistTo: dir, config });
    const fault = faultCheck(faultRun, await countInD1(dir, faultRun.surveyId));
    const production = await runWithoutProxy(dir, admin, orgId, rng.fork('production'));

    printMeasuredPhase(submissions, loadBefore);
    printBundleFiles(bundles);
    console.log('');
    const rows = [
      ...submissionsRows(submissions, inD1),
      ...bundleRows(bundles),
      ...reportRows(reportRun),
      ...liveRows(liveRuns, liveStored),
      ...ideasRows(ideasRun, ideasStored),
      { ...fault, kind: 'check' as const },
      ...productionRows(production),
    ];
    printRows(rows);
    const acked = submissions.tally.acked.size;
    if (flags['keep-state']) console.log(`\nkept the bench D1 in ${dir}`);
    if (reloaded(submissions)) console.log('\n⚠ wrangler dev reloaded the worker during the run: figures are disturbed');
    if (bundles.respondentError) console.log(`\n✗ respondent bundle not measured: ${bundles.respondentError}`);
    if (acked !== TOTAL)
      console.log(
        `\n✗ only ${acked}/${TOTAL} submissions acknowledged (time bound or errors): rows_read_${TOTAL} is measured at ${submissions.atEnd.responses}`,
      );

    // The keys and their order are quoted by the README: keep them as they are.
    console.log(
      JSON.stringify({
        dev_submissions_per_s: round(submissions.perSecond, 1),
        dev_submit_p50_ms: round(submissions.latency.p50, 2),
        dev_submit_p99_ms: round(submissions.latency.p99, 2),
        // submissions_per_s, submit_p50_ms and submit_p99_ms: measured without the dev proxy, as production serves.
        ...productionFigures(production),
        results_rows_read_100: submissions.at100.rowsRead,
        results_rows_read_10000: submissions.atEnd.rowsRead,
        respondent_js_css_gzip_bytes: bundles.respondent ? bundles.respondent.gzipBytes : null,
        ideas_js_css_gzip_bytes: bundles.ideas ? bundles.ideas.gzipBytes : null,
        release_ms_100: round(submissions.releaseAt100, 0),
        release_ms_10000: round(submissions.releaseAtEnd, 0),
        report_release_ms_10000: round(reportRun.releaseMs, 0),
        report_ms_10000: round(reportRun.ms.p50, 2),
        report_rows_read_100: reportRun.rowsAt100,
        report_rows_read_10000: reportRun.rowsAtTotal,
        ...liveFigures(liveRuns, liveStored),
        ...ideasFigures(ideasRun, ideasStored),
        ...fault.figures,
      }),
    );
    return verdict(rows);
  } finally {
    client.close();
  }
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (!runAbort.signal.aborted) {
    console.error(`\n✗ bench failed after ${elapsed()}: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof MissingBuildError) && error instanceof Error && error.stack) console.error(error.stack.split('\n').slice(1, 6).join('\n'));
    if (serverOutput.trim()) console.error(`\nwrangler dev output (tail):\n${serverOutput.slice(-3_000)}`);
  }
} finally {
  await stopServer();
  cleanUp();
  clearTimeout(watchdog);
}
process.exit(exitCode);
