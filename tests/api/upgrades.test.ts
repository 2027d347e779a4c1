/**
 * Upgrades keep data: for each earlier schema version N, a database holding a realistic organisation
 * at version N (support/upgrade-fixture.ts) is migrated to the latest version, then compared with the
 * same organisation written at the latest version: every row survives, and the figures the hourly job
 * releases from it are the same, cell for cell. Each version has a D1 database of its own
 * (UPGRADE_DB_<N> in vitest.config.ts), never the one setup.ts migrates.
 */
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { Bar } from '../../schema/results.ts';
import { Db } from '../../worker/db/client.ts';
import { surveyById } from '../../worker/db/surveys.ts';
import { releaseDueSurveys } from '../../worker/jobs/release-surveys.ts';
import { everyoneResults } from '../../worker/services/published-results.ts';
import { DEMO, LIVE, SCORED, SCORED_CBI, demoResponses, liveVotes, seedAtVersion } from './support/upgrade-fixture.ts';

const MIGRATIONS = env.TEST_MIGRATIONS;
const LATEST = MIGRATIONS.length;
/** The hourly job's run after the upgrade: after every survey's planned look, at 07:30 in Paris. */
const RELEASE_AT = new Date('2026-12-01T06:30:00.000Z');

const database = (version: number) => env[`UPGRADE_DB_${version}`]!;
const rows = async (db: D1Database, sql: string) => (await db.prepare(sql).all()).results;

/** What must survive an upgrade from a version: (first version holding it, query of the columns it had then). */
const KEPT: [number, string][] = [
  [1, 'SELECT id, slug, status, definition, version, created_at, updated_at FROM surveys ORDER BY id'],
  [1, 'SELECT id, survey_id, answers FROM responses ORDER BY id'],
  [1, 'SELECT survey_id, key_hash FROM submission_keys ORDER BY survey_id, key_hash'],
  [3, 'SELECT id, organisation_id FROM surveys ORDER BY id'],
  [3, 'SELECT id, name, created_at FROM organisations'],
  [3, 'SELECT * FROM users ORDER BY id'],
  [3, 'SELECT * FROM memberships ORDER BY user_id'],
  [3, 'SELECT * FROM sessions'],
  [4, 'SELECT * FROM participation_codes'],
  [6, 'SELECT id, invited FROM surveys ORDER BY id'],
  [7, 'SELECT id, organisation_id, join_code, title, definition, status, version, created_on FROM live_sessions'],
  [7, "SELECT session_id, question_id, state, revealed, round, opened_order, published ->> '$.results' AS results FROM live_question_states"],
  [7, 'SELECT session_id, question_id, round, voter_hash, value FROM live_votes ORDER BY voter_hash'],
  [7, 'SELECT * FROM live_cards'],
  [7, 'SELECT * FROM live_ideas'],
  [7, 'SELECT * FROM live_idea_votes'],
  [8, 'SELECT id, ended_on FROM live_sessions'],
  [9, 'SELECT * FROM code_batches'],
  [10, 'SELECT * FROM audit_events'],
  [12, 'SELECT * FROM survey_history'],
  [13, 'SELECT * FROM idea_boxes'],
  [13, 'SELECT * FROM ideas'],
  [13, 'SELECT rowid, text FROM ideas_fts'],
  [13, 'SELECT * FROM idea_supports ORDER BY supporter_hash'],
];

/** The figures released from a database: every published cell and measure, and the releases themselves. */
const FIGURES = [
  'SELECT survey_id, number, kind, responses, plan FROM releases ORDER BY survey_id, number',
  'SELECT * FROM published_cells ORDER BY survey_id, view, question_id, item_id, option_key',
  'SELECT * FROM published_measures ORDER BY survey_id, view, measure',
];

/** Migrates a database seeded at `version` to the latest, and returns it with the profession counters it held before (0001–0008). */
async function upgradedFrom(version: number): Promise<{ db: D1Database; counters: Record<string, number> | null }> {
  const db = database(version);
  await applyD1Migrations(db, MIGRATIONS.slice(0, version));
  await seedAtVersion(db, version);
  const counters =
    version < 9
      ? Object.fromEntries((await rows(db, "SELECT option_key, count FROM tallies WHERE question_id = 'profession'")).map((r) => [r.option_key, r.count]))
      : null;
  if (version < LATEST) await applyD1Migrations(db, MIGRATIONS);
  return { db, counters };
}

/** The same organisation, written at the latest version: what every upgrade must arrive at. */
const reference = (async () => {
  const { db } = await upgradedFrom(LATEST);
  expect(await releaseDueSurveys(new Db(db), RELEASE_AT)).toEqual(expect.arrayContaining([DEMO, SCORED]));
  return db;
})();

describe('upgrades keep every row and every figure', () => {
  for (let version = 1; version < LATEST; version++)
    it(`from ${MIGRATIONS[version - 1]!.name} to ${MIGRATIONS[LATEST - 1]!.name}`, async () => {
      const { db, counters } = await upgradedFrom(version);
      const latest = await reference;
      expect((await rows(db, 'SELECT name FROM d1_migrations ORDER BY id')).map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));

      for (const [since, sql] of KEPT) if (since <= version) expect(await rows(db, sql), sql).toEqual(await rows(latest, sql));

      if (version >= 7) {
        // Votes cast with a college (0007–0010) are counted per college since 0011, and the count is the same.
        const tallies = await rows(db, `SELECT college, counts FROM live_college_tallies WHERE session_id = '${LIVE}' ORDER BY college`);
        expect(Object.fromEntries(tallies.map((t) => [t.college, JSON.parse(String(t.counts))]))).toEqual(
          Object.fromEntries(
            Object.entries(liveVotes).map(([college, values]) => [
              college,
              Object.fromEntries([...new Set(values)].map((value) => [value, values.filter((x) => x === value).length])),
            ]),
          ),
        );
      }

      // The hourly job releases every survey holding responses, whatever version they were given under.
      expect((await releaseDueSurveys(new Db(db), RELEASE_AT)).sort()).toEqual([DEMO, SCORED].sort());
      for (const sql of FIGURES) expect(await rows(db, sql), sql).toEqual(await rows(latest, sql));

      // …and those figures are the ones the old counters held (0001–0008): 6 nurses, 6 GPs, the same mean.
      const demo = (await surveyById(new Db(db), DEMO))!;
      const results = await everyoneResults(new Db(db), demo);
      expect(results.responses).toBe(demoResponses.length);
      const profession = results.questions.find((q) => q.id === 'profession');
      const coordination = results.questions.find((q) => q.id === 'coordination');
      if (profession?.suppressed !== false || !('options' in profession)) throw new Error('profession not published');
      if (coordination?.suppressed !== false || !('mean' in coordination)) throw new Error('coordination not published');
      const count = (option: string) => (profession.options as Bar[]).find((o) => o.key === option)?.count;
      expect([count('nurse'), count('gp')]).toEqual([6, 6]);
      if (counters) expect([counters.nurse, counters.gp]).toEqual([count('nurse'), count('gp')]);
      const mean = demoResponses.reduce((sum, a) => sum + Number(a.coordination), 0) / demoResponses.length;
      expect(coordination.mean).toBeCloseTo(mean, 5);

      // The scored survey's scales: every CBI item « Parfois » (2) gives a personal burnout score of 50.
      const [personal] = await rows(
        db,
        `SELECT count, total FROM published_cells WHERE survey_id = '${SCORED}' AND view = '' AND question_id = '#score' AND item_id = 'cbi.personal'`,
      );
      expect(personal).toBeDefined();
      expect(Number(personal!.total) / Number(personal!.count)).toBe(25 * SCORED_CBI);
    });
});
