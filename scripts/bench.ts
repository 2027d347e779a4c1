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
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { SurveyInput, type Survey } from '../schema/survey.ts';
import { demoSurvey } from '../schema/demo.ts';
import { generateValidAnswers, idempotencyKey } from './lib/answers.ts';
import { MissingBuildError, measurePageBundle, type PageBundle } from './lib/bundle.ts';
import { createHttpClient } from './lib/http.ts';
import { faultCheck } from './lib/fault-bench.ts';
import { ideasFigures, ideasRows, ideasSupportsStored } from './lib/ideas-bench.ts';
import { freePort } from './lib/proc.ts';
import { seededRng } from './lib/prng.ts';
import { round, summarize } from './lib/stats.ts';
import { snapshotProject } from './lib/snapshot.ts';
import { formatTable } from './lib/table.ts';
import { benchConfig } from './lib/wrangler-config.ts';
import { ROOT, applyMigrations, freshStateDir, issueSetupToken, startDevServer, type DevServer } from './lib/wrangler.ts';
import { setQuietReleaseHour } from './lib/release-bench.ts';
import {
  cleanUp,
  CONCURRENCY,
  config,
  elapsed,
  flags,
  formatRows,
  keepServerOutput,
  log,
  MAX_MS,
  REPORT_READS,
  RETRY_RATE,
  runAbort,
  serverOutput,
  setConfig,
  setServer,
  setSnapshot,
  setStateDir,
  snapshot,
  startedAt,
  stopServer,
  TARGETS,
  TOTAL,
  WARMUP,
  watchdog,
  type Row,
} from './bench/context.ts';
import { faultOnly, runFault } from './bench/fault.ts';
import { ideasOnly, runIdeas } from './bench/ideas.ts';
import { liveOnly, liveRows, liveVotesStored, runLive } from './bench/live.ts';
import { runReport } from './bench/report.ts';
import { countInD1, setUpCoordinator } from './bench/server.ts';
import { newTally, readResults, release, runPhase, type Submission } from './bench/submit.ts';
import { productionFigures, productionRows, runWithoutProxy } from './bench/without-proxy.ts';

/** `--production-only`: wrangler dev stopped once the coordinator is set up, then the run without the proxy alone, with its JSON line. */
async function productionOnly(dir: string, admin: Record<string, string>, orgId: string, rng: ReturnType<typeof seededRng>): Promise<number> {
  await stopServer();
  const production = await runWithoutProxy(dir, admin, orgId, rng);
  const rows = productionRows(production);
  console.log(formatTable(['metric', 'value', 'target', 'result'], formatRows(rows)));
  console.log(JSON.stringify(productionFigures(production)));
  return rows.some((r) => r.kind === 'check' && r.pass === false) || (flags.strict && rows.some((r) => r.pass === false)) ? 1 : 0;
}

// ---- the run ----

async function main(): Promise<number> {
  const loadBefore = loadavg()[0]!;
  if (!existsSync(join(ROOT, 'dist/web')) && !flags.dist) throw new MissingBuildError('dist/web does not exist: build the front end first (npm run build)');
  // Served from a frozen copy unless --live-tree: edits under the project during the run would restart the worker.
  if (!flags['live-tree']) setSnapshot(snapshotProject('bench'));
  const serveFrom = snapshot?.dir ?? ROOT;
  const DIST = flags.dist ? resolve(flags.dist) : join(serveFrom, 'dist/web');
  if (!existsSync(DIST)) throw new MissingBuildError(`${DIST} does not exist: build the front end first (npm run build)`);

  // Measured first, so a missing build is reported at once (the server benchmarks still run).
  let bundle: PageBundle | null = null;
  let bundleError = '';
  try {
    bundle = measurePageBundle(DIST, 'respond/index.html');
    log(`respondent page: ${bundle.files.length} JS/CSS file(s), ${bundle.gzipBytes} bytes gzipped`);
    if (bundle.files.length === 0) log('warning: respond/index.html loads no JS or CSS file');
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    bundleError = error.message;
    console.error(`✗ respondent bundle: ${bundleError}`);
  }
  // The idea box's phone page (/b/:slug), held to the same budget as the respondent's.
  let ideasBundle: PageBundle | null = null;
  try {
    ideasBundle = measurePageBundle(DIST, 'ideas/index.html');
    log(`idea box page: ${ideasBundle.files.length} JS/CSS file(s), ${ideasBundle.gzipBytes} bytes gzipped`);
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    console.error(`✗ idea box bundle: ${error.message}`);
  }

  log(`generating ${TOTAL} answer sets (seed "${flags.seed}") and checking them with checkAnswers…`);
  const rng = seededRng(flags.seed);
  // The definition as the worker stores it (defaults filled in), which is what answers are checked against.
  const definition = v.parse(SurveyInput, { ...structuredClone(demoSurvey), slug: 'bench', settings: { ...demoSurvey.settings, resultsVisibility: 'public' } });
  const answers = generateValidAnswers(definition, rng.fork('answers'), TOTAL);
  const keyPrefix = `bench-${flags.seed.replace(/[^A-Za-z0-9_-]/g, '')}`.slice(0, 40);
  const submissions: Submission[] = answers.map((a, i) => ({ key: idempotencyKey(keyPrefix, i), body: JSON.stringify({ answers: a }) }));
  const obstacles = answers.filter((a) => 'obstacles' in a).length;
  const nulls = answers.filter((a) => a.profession === null || a.years === null).length;
  log(
    `answers ok: ${obstacles} with obstacles, ${nulls} with « préfère ne pas répondre », mean body ${Math.round(submissions.reduce((s, x) => s + x.body.length, 0) / TOTAL)} bytes`,
  );

  const dir = freshStateDir('bench');
  setStateDir(dir);
  log(`fresh D1 in ${dir}: applying migrations…`);
  setConfig(benchConfig(serveFrom));
  await applyMigrations({ persistTo: dir, config }, true);

  // A private dev registry: other `wrangler dev` sessions starting or stopping on this machine
  // (tests, `npm start`) would otherwise make ours reload its worker in the middle of the run.
  process.env.WRANGLER_REGISTRY_PATH = join(dir, 'dev-registry');
  const setupToken = await issueSetupToken({ persistTo: dir, config });
  if (!setupToken) throw new Error('the fresh D1 already has accounts');

  const port = await freePort();
  log(`starting wrangler dev (${config}) on 127.0.0.1:${port}…`);
  const startServer = async (): Promise<DevServer> => {
    const started = await startDevServer({ port, persistTo: dir, config, cwd: serveFrom, testScheduled: true });
    started.process.stdout?.on('data', keepServerOutput);
    started.process.stderr?.on('data', keepServerOutput);
    setServer(started);
    return started;
  };
  const up = await startServer();
  log(`server up after ${elapsed()}${snapshot ? ` (serving a snapshot of the tree: ${snapshot.dir})` : ' (serving the live tree)'}`);

  const client = createHttpClient(up.url, { maxSockets: CONCURRENCY });
  try {
    const { cookie, orgId } = await setUpCoordinator(client, setupToken);
    const admin = { Cookie: cookie };
    const surveysPath = `/api/orgs/${orgId}/surveys`;
    await setQuietReleaseHour(client, orgId, admin, runAbort.signal);
    log(`coordinator and organisation ${orgId} set up (publishing twelve hours from now: releases come on demand)`);
    if (flags['live-only']) return await liveOnly(cookie, orgId, loadBefore);
    if (flags['ideas-only']) return await ideasOnly(cookie, orgId);
    const faulty = () => runFault(client, admin, surveysPath, rng.fork('fault'), startServer);
    if (flags['fault-only']) return await faultOnly(await faulty());
    if (flags['production-only']) return await productionOnly(dir, admin, orgId, rng.fork('production'));
    const slug = definition.slug;
    const created = await client.json<Survey>(surveysPath, { method: 'POST', headers: admin, body: { ...definition, slug }, signal: runAbort.signal });
    if (created.status !== 201) throw new Error(`creating the survey → ${created.status} ${created.body.slice(0, 300)}`);
    const surveyId = created.data.id;
    const published = await client.json<Survey>(`${surveysPath}/${surveyId}/publish`, { method: 'POST', headers: admin, signal: runAbort.signal });
    if (published.status !== 200 || published.data.status !== 'open') throw new Error(`publishing → ${published.status} ${published.body.slice(0, 300)}`);
    log(`survey "${slug}" (${surveyId}) created and published`);

    const submitPath = `/api/s/${slug}/responses`;
    const resultsPath = `/api/s/${slug}/results`;
    const tally = newTally();
    const deadline = startedAt + MAX_MS - 150_000; // leaves time for the final reads and checks, and the run without the proxy

    log(`warm-up: ${WARMUP} submissions at concurrency ${CONCURRENCY}…`);
    const warm = await runPhase(client, submitPath, submissions, 0, WARMUP, tally, { retryRate: 0, seed: `${flags.seed}:warmup`, deadline });
    if (tally.acked.size !== WARMUP)
      throw new Error(
        `warm-up: ${tally.acked.size}/${WARMUP} acknowledged; statuses ${JSON.stringify([...tally.statuses])}; ${tally.errorSamples.join(' | ')}`,
      );
    const releaseAt100 = await release(client, surveyId);
    const at100 = await readResults(client, resultsPath);
    log(`after ${WARMUP}: ${at100.responses} responses in results, ${at100.rowsRead} rows read (warm-up ${(warm.wallMs / 1000).toFixed(1)} s)`);

    log(`measured: submissions ${WARMUP}–${TOTAL} at concurrency ${CONCURRENCY}, ~${RETRY_RATE * 100}% replays of used keys…`);
    const ackedBefore = tally.acked.size;
    const measured = await runPhase(client, submitPath, submissions, WARMUP, TOTAL, tally, { retryRate: RETRY_RATE, seed: `${flags.seed}:measured`, deadline });
    const measuredAcked = tally.acked.size - ackedBefore;
    const stats = summarize(measured.latencies);
    const perSecond = measuredAcked / (measured.wallMs / 1000);
    log(`measured ${measuredAcked} acked in ${(measured.wallMs / 1000).toFixed(2)} s`);

    const releaseAtEnd = await release(client, surveyId);
    const atEnd = await readResults(client, resultsPath);
    const adminRead = await readResults(client, `${surveysPath}/${surveyId}/results`, admin);
    const acked = tally.acked.size;
    log(`releases: ${releaseAt100.toFixed(0)} ms at ${WARMUP} responses, ${releaseAtEnd.toFixed(0)} ms at ${acked}`);
    log(`after ${acked}: ${atEnd.responses} responses in results, ${atEnd.rowsRead} rows read; coordinator results ${adminRead.responses}`);

    log(`scored report: ${TOTAL} responses to « Santé des professionnels » (CBI + WHO-5)…`);
    const reportRun = await runReport(client, admin, surveysPath, rng.fork('report'), deadline);

    const liveRuns = await runLive(cookie, orgId);
    const ideasRun = await runIdeas(cookie, orgId);
    const faultRun = await faulty();

    client.close();
    await stopServer();
    log('server stopped; counting rows in D1…');
    const inD1 = await countInD1(dir, surveyId);
    const liveStored = await liveVotesStored(liveRuns);
    const ideasStored = await ideasSupportsStored(ideasRun, { persistTo: dir, config });
    const fault = faultCheck(faultRun, await countInD1(dir, faultRun.surveyId));
    const production = await runWithoutProxy(dir, admin, orgId, rng.fork('production'));

    // ---- report ----
    const cores = availableParallelism();
    const serverCpuTotal = [...measured.serverCpu.values()].reduce((s, x) => s + x, 0);
    const wallS = measured.wallMs / 1000;
    const cpuLine = [...measured.serverCpu]
      .filter(([, s]) => s > 0.05)
      .map(([cmd, s]) => `${cmd} ${s.toFixed(1)} s (${Math.round((100 * s) / wallS)}%)`)
      .join(', ');
    console.log('');
    console.log(`Measured phase: ${measuredAcked} submissions + ${measured.retriesSent} replays in ${wallS.toFixed(2)} s on ${cores} CPU(s)`);
    if (loadBefore > cores / 2)
      console.log(
        `  ⚠ the machine was busy before the bench started (load average ${loadBefore.toFixed(2)} on ${cores} CPUs): other processes competed for CPU`,
      );
    console.log(
      `  latency ms: min ${stats.min.toFixed(2)}  mean ${stats.mean.toFixed(2)}  p50 ${stats.p50.toFixed(2)}  p90 ${stats.p90.toFixed(2)}  p99 ${stats.p99.toFixed(2)}  max ${stats.max.toFixed(2)}`,
    );
    console.log(
      `  CPU: bench client ${measured.ownCpuS.toFixed(1)} s (${Math.round((100 * measured.ownCpuS) / wallS)}%), server ${serverCpuTotal.toFixed(1)} s (${Math.round((100 * serverCpuTotal) / wallS)}%)${cpuLine ? `: ${cpuLine}` : ''}`,
    );
    console.log(
      `  statuses: ${[...tally.statuses].map(([s, n]) => `${s}×${n}`).join(', ')}${tally.transientRetries ? `; retried after a network error or transient 5xx: ${tally.transientRetries}` : ''}`,
    );
    if (tally.errorSamples.length) console.log(`  errors: ${tally.errorSamples.join(' | ')}`);
    const reloaded = warm.serverRestarted || measured.serverRestarted;
    if (reloaded)
      console.log('  ⚠ wrangler dev reloaded the worker during the run (a file under the project changed): figures are disturbed, run again on a quiet tree');
    console.log(`  results read: ${at100.ms.toFixed(1)} ms at ${at100.responses} responses, ${atEnd.ms.toFixed(1)} ms at ${atEnd.responses}`);
    if (bundle) console.log(`  respondent page: ${bundle.files.map((f) => `${f.file} ${f.gzipBytes} B`).join(', ') || 'no JS/CSS'}`);
    if (ideasBundle) console.log(`  idea box page: ${ideasBundle.files.map((f) => `${f.file} ${f.gzipBytes} B`).join(', ') || 'no JS/CSS'}`);
    console.log('');

    const rowsGrowth = at100.rowsRead > 0 ? atEnd.rowsRead / at100.rowsRead : Number.POSITIVE_INFINITY;
    const responsesGrowth = atEnd.responses / Math.max(1, at100.responses);
    const complete = acked === TOTAL;
    const rows: Row[] = [
      {
        metric: 'dev_submissions_per_s (wrangler dev)',
        value: perSecond.toFixed(1),
        target: `(info: its proxy caps it; was ≥ ${TARGETS.submissionsPerS})`,
        pass: null,
        kind: 'perf',
      },
      { metric: 'dev_submit_p50_ms (wrangler dev)', value: stats.p50.toFixed(2), target: '(info)', pass: null, kind: 'perf' },
      { metric: 'dev_submit_p99_ms (wrangler dev)', value: stats.p99.toFixed(2), target: `(info: was ≤ ${TARGETS.p99Ms})`, pass: null, kind: 'perf' },
      { metric: `results_rows_read_${WARMUP}`, value: String(at100.rowsRead), target: '(baseline)', pass: null, kind: 'perf' },
      {
        metric: `results_rows_read_${TOTAL}`,
        value: `${atEnd.rowsRead} (×${rowsGrowth.toFixed(2)} for ×${responsesGrowth.toFixed(0)} responses)`,
        target: `≤ ${TARGETS.rowsGrowthMax}× rows@${WARMUP}, not ∝ responses`,
        pass: rowsGrowth <= TARGETS.rowsGrowthMax,
        kind: 'perf',
      },
      {
        metric: 'respondent_js_css_gzip_bytes',
        value: bundle ? String(bundle.gzipBytes) : 'missing build',
        target: `≤ ${TARGETS.bundleGzipBytes}`,
        pass: bundle ? bundle.gzipBytes <= TARGETS.bundleGzipBytes : false,
        kind: bundle ? 'perf' : 'check',
      },
      {
        metric: 'ideas_js_css_gzip_bytes',
        value: ideasBundle ? String(ideasBundle.gzipBytes) : 'missing build',
        target: `≤ ${TARGETS.bundleGzipBytes}`,
        pass: ideasBundle ? ideasBundle.gzipBytes <= TARGETS.bundleGzipBytes : false,
        kind: ideasBundle ? 'perf' : 'check',
      },
      {
        metric: 'acked == stored',
        value: `acked ${acked}, results ${atEnd.responses}, coordinator results ${adminRead.responses}, D1 responses ${inD1.responses}, keys ${inD1.keys}`,
        target: 'all equal',
        pass: [atEnd.responses, adminRead.responses, inD1.responses, inD1.keys].every((n) => n === acked),
        kind: 'check',
      },
      {
        metric: 'replays → 201 duplicate',
        value: `${measured.retriesDuplicate}/${measured.retriesSent}${tally.unexpectedDuplicates ? `, ${tally.unexpectedDuplicates} fresh keys flagged duplicate` : ''}`,
        target: 'all, none counted twice',
        pass: measured.retriesDuplicate === measured.retriesSent && measured.retriesSent > 0 && tally.unexpectedDuplicates === 0,
        kind: 'check',
      },
      {
        // Results are releases (worker/services/make-release.ts): the last one, made once all were in, holds every response.
        metric: 'results describe the last release',
        value: `release ${atEnd.release}: ${atEnd.responses} responses`,
        target: `release 2: ${acked}`,
        pass: atEnd.release === 2 && atEnd.responses === acked,
        kind: 'check',
      },
      { metric: `release_ms_${WARMUP}`, value: releaseAt100.toFixed(0), target: '(info)', pass: null, kind: 'perf' },
      { metric: `release_ms_${TOTAL}`, value: releaseAtEnd.toFixed(0), target: '(info: reads every raw response, daily at most)', pass: null, kind: 'perf' },
      { metric: `report_release_ms_${TOTAL}`, value: reportRun.releaseMs.toFixed(0), target: '(info)', pass: null, kind: 'perf' },
      { metric: 'submissions acknowledged', value: `${acked}/${TOTAL}`, target: `all ${TOTAL} (201)`, pass: complete, kind: 'check' },
      {
        metric: `report_ms_${TOTAL}`,
        value: `${reportRun.ms.p50.toFixed(2)} (median of ${REPORT_READS}; p90 ${reportRun.ms.p90.toFixed(2)}, min ${reportRun.ms.min.toFixed(2)})`,
        target: `≤ ${TARGETS.reportMs}`,
        pass: reportRun.ms.p50 <= TARGETS.reportMs,
        kind: 'perf',
      },
      { metric: `report_rows_read_${WARMUP}`, value: String(reportRun.rowsAt100), target: '(baseline)', pass: null, kind: 'perf' },
      {
        metric: `report_rows_read_${TOTAL}`,
        value: String(reportRun.rowsAtTotal),
        target: `≤ ${TARGETS.rowsGrowthMax}× rows@${WARMUP}`,
        pass: reportRun.rowsAtTotal <= TARGETS.rowsGrowthMax * reportRun.rowsAt100,
        kind: 'perf',
      },
      {
        metric: 'report describes every scored response',
        value: `released ${reportRun.released}, usable ${reportRun.usable}`,
        target: `released ${TOTAL}`,
        pass: reportRun.released === TOTAL,
        kind: 'check',
      },
      ...liveRows(liveRuns, liveStored),
      ...ideasRows(ideasRun, ideasStored),
      { ...fault, kind: 'check' },
      ...productionRows(production),
    ];
    console.log(formatTable(['metric', 'value', 'target', 'result'], formatRows(rows)));
    if (flags['keep-state']) console.log(`\nkept the bench D1 in ${dir}`);
    if (reloaded) console.log('\n⚠ wrangler dev reloaded the worker during the run: figures are disturbed');
    if (bundleError) console.log(`\n✗ respondent bundle not measured: ${bundleError}`);
    if (!complete)
      console.log(`\n✗ only ${acked}/${TOTAL} submissions acknowledged (time bound or errors): rows_read_${TOTAL} is measured at ${atEnd.responses}`);

    console.log(
      JSON.stringify({
        dev_submissions_per_s: round(perSecond, 1),
        dev_submit_p50_ms: round(stats.p50, 2),
        dev_submit_p99_ms: round(stats.p99, 2),
        // submissions_per_s, submit_p50_ms and submit_p99_ms: measured without the dev proxy, as production serves.
        ...productionFigures(production),
        results_rows_read_100: at100.rowsRead,
        results_rows_read_10000: atEnd.rowsRead,
        respondent_js_css_gzip_bytes: bundle ? bundle.gzipBytes : null,
        ideas_js_css_gzip_bytes: ideasBundle ? ideasBundle.gzipBytes : null,
        release_ms_100: round(releaseAt100, 0),
        release_ms_10000: round(releaseAtEnd, 0),
        report_release_ms_10000: round(reportRun.releaseMs, 0),
        report_ms_10000: round(reportRun.ms.p50, 2),
        report_rows_read_100: reportRun.rowsAt100,
        report_rows_read_10000: reportRun.rowsAtTotal,
        live_p50_ms: round(liveRuns.at(-1)!.p50, 1),
        live_p95_ms: round(liveRuns.at(-1)!.p95, 1),
        live_votes_acked: liveRuns.at(-1)!.acked,
        live_votes_stored: liveStored.at(-1),
        ...ideasFigures(ideasRun, ideasStored),
        ...fault.figures,
      }),
    );
    const checksFailed = rows.some((r) => r.kind === 'check' && r.pass === false);
    const targetsMissed = rows.some((r) => r.kind === 'perf' && r.pass === false);
    return checksFailed || (flags.strict && targetsMissed) ? 1 : 0;
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
