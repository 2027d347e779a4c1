/**
 * A realistic organisation written straight into a D1 database at a given schema version (after
 * migrations 0001…N): the demo survey with twelve responses (and, while they existed, its counters and
 * published counters), a scored « Santé des professionnels » survey with six, members and a session,
 * a live workshop with votes by college, ideas and a printed card, and whatever later versions added
 * (audit log, wording history, an idea box). Ids are fixed, so two databases seeded alike can be compared row by row.
 */
import * as v from 'valibot';
import type { Answers } from '../../../schema/answers.ts';
import { demoSurvey } from '../../../schema/demo.ts';
import { SurveyInput } from '../../../schema/survey.ts';
import { professionalHealth } from '../../../schema/templates/professional-health.ts';
import { demoAnswers } from '../../fixtures/demo-answers.ts';
import { healthAnswers } from '../../fixtures/health-answers.ts';

export const ORG = 'org-cpts-des-collines';
export const DEMO = 'survey-vie-de-la-cpts';
export const SCORED = 'survey-sante-des-pros';
export const LIVE = 'live-assemblee-generale';

/** The scored survey's answers: every CBI item 2 (« Parfois »), every WHO-5 item 3. */
export const SCORED_CBI = 2;

const definitionOf = (draft: unknown) => {
  const { slug: _slug, ...definition } = v.parse(SurveyInput, draft);
  return JSON.stringify(definition);
};

/** Twelve colleagues: six nurses and six GPs, their ratings of coordination varied. */
export const demoResponses: Answers[] = Array.from({ length: 12 }, (_, i) =>
  demoAnswers({
    profession: i < 6 ? 'nurse' : 'gp',
    coordination: 1 + (i % 5),
    years: 2 + i,
    worklife: { time: 1 + (i % 4), isolated: 5 - (i % 5), support: 3 },
  }),
);
export const scoredResponses: Answers[] = Array.from({ length: 6 }, (_, i) => healthAnswers(SCORED_CBI, 3, { profession: i < 3 ? 'nurse' : 'doctor' }));

/** Live votes on the question `q-priority`: college → values, one per device. */
export const liveVotes: Record<string, string[]> = {
  gp: ['"access"', '"access"', '"prevention"'],
  nurse: ['"access"', '"prevention"', '"prevention"', '"prevention"'],
};

type Row = Record<string, string | number | null>;

function insert(db: D1Database, table: string, row: Row): D1PreparedStatement {
  const columns = Object.keys(row);
  return db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `?${i + 1}`).join(', ')})`).bind(...Object.values(row));
}

/** Counters as the worker kept them before releases (0001–0008): per question and option of the single-choice `profession`, and of `coordination`. */
function counters(answers: Answers[]): Row[] {
  const rows = new Map<string, Row>();
  for (const a of answers)
    for (const [question, value] of [
      ['profession', a.profession],
      ['coordination', a.coordination],
    ] as const) {
      const key = `${question}|${String(value)}`;
      const row = rows.get(key) ?? { question_id: question, item_id: '', option_key: String(value), count: 0, total: 0 };
      row.count = Number(row.count) + 1;
      row.total = Number(row.total) + (typeof value === 'number' ? value : 0);
      rows.set(key, row);
    }
  return [...rows.values()];
}

export async function seedAtVersion(db: D1Database, version: number): Promise<void> {
  const rows: D1PreparedStatement[] = [];
  const at = '2026-10-05T09:30:00.000Z';
  const hasOrganisations = version >= 3;

  if (hasOrganisations) {
    rows.push(insert(db, 'organisations', { id: ORG, name: 'CPTS des Collines', created_at: at, ...(version >= 9 ? { release_hour: 7 } : {}) }));
    for (const [id, email, name] of [
      ['user-owner', 'claire.martin@cpts-collines.fr', 'Claire Martin'],
      ['user-editor', 'yanis.benali@cpts-collines.fr', 'Yanis Benali'],
    ] as const)
      rows.push(
        insert(db, 'users', { id, email, name, password_hash: `hash-of-${id}`, password_salt: `salt-of-${id}`, password_iterations: 600000, created_at: at }),
      );
    rows.push(insert(db, 'memberships', { organisation_id: ORG, user_id: 'user-owner', role: 'owner' }));
    rows.push(insert(db, 'memberships', { organisation_id: ORG, user_id: 'user-editor', role: 'editor' }));
    rows.push(insert(db, 'sessions', { token_hash: 'session-hash-owner', user_id: 'user-owner', expires_at: '2026-12-31T00:00:00.000Z' }));
  }

  for (const [id, slug, draft, answers] of [
    [DEMO, 'vie-de-la-cpts', demoSurvey, demoResponses],
    [SCORED, 'sante-des-pros', professionalHealth.survey, scoredResponses],
  ] as const) {
    rows.push(
      insert(db, 'surveys', {
        id,
        slug,
        status: 'open',
        definition: definitionOf(draft),
        version: 3,
        created_at: at,
        updated_at: at,
        ...(hasOrganisations ? { organisation_id: ORG } : {}),
        ...(version >= 6 && id === SCORED ? { invited: 10 } : {}),
        // From 0009 on, an open survey with responses always has its next look planned (this one is due).
        ...(version >= 9 ? { next_release_at: '2026-11-30T06:00:00.000Z' } : {}),
      }),
    );
    answers.forEach((a, i) =>
      rows.push(
        insert(db, 'responses', {
          id: `${id}-response-${String(i).padStart(2, '0')}`,
          survey_id: id,
          answers: JSON.stringify(a),
          ...(version < 9 ? { day: '2026-10-06' } : {}),
          ...(version >= 5 && version < 9 ? { released: i < 10 ? 1 : 0 } : {}),
        }),
      ),
    );
    answers.forEach((_, i) => rows.push(insert(db, 'submission_keys', { survey_id: id, key_hash: `${id}-key-${i}` })));
    if (version < 9 && id === DEMO) {
      for (const row of counters(answers)) rows.push(insert(db, 'tallies', { survey_id: id, ...row }));
      // Published in steps of k = 5: the first ten responses.
      if (version >= 2) for (const row of counters(answers.slice(0, 10))) rows.push(insert(db, 'published_tallies', { survey_id: id, ...row }));
    }
  }

  if (version >= 4) rows.push(insert(db, 'participation_codes', { survey_id: SCORED, code_hash: 'code-hash-1', used: 1 }));
  if (version >= 9)
    rows.push(insert(db, 'code_batches', { survey_id: SCORED, id: 'batch-1', issued_at: at, issued_by: 'Claire Martin', count: 20, population: 10 }));

  if (version >= 7) {
    const liveDefinition = {
      title: { fr: 'Assemblée générale', en: 'General meeting' },
      settings: { k: 3, colleges: ['gp', 'nurse'] },
      questions: [{ id: 'q-priority', type: 'single', label: { fr: 'Priorité ?', en: 'Priority?' }, options: ['access', 'prevention'] }],
    };
    rows.push(
      insert(db, 'live_sessions', {
        id: LIVE,
        organisation_id: ORG,
        join_code: 'K7M2QX',
        title: JSON.stringify(liveDefinition.title),
        definition: JSON.stringify(liveDefinition),
        status: 'closed',
        version: 4,
        created_on: '2026-10-10',
        ...(version >= 8 ? { ended_on: '2026-10-10' } : {}),
      }),
    );
    rows.push(
      insert(db, 'live_question_states', {
        session_id: LIVE,
        question_id: 'q-priority',
        state: 'closed',
        revealed: 1,
        round: 1,
        opened_order: 1,
        published: version >= 11 ? JSON.stringify({ results: { access: 3, prevention: 4 }, history: [] }) : JSON.stringify({ access: 3, prevention: 4 }),
      }),
    );
    let voter = 0;
    for (const [college, values] of Object.entries(liveVotes))
      for (const value of values) {
        const voter_hash = `voter-${voter++}`;
        rows.push(insert(db, 'live_votes', { session_id: LIVE, question_id: 'q-priority', round: 1, voter_hash, value, ...(version < 11 ? { college } : {}) }));
        if (version >= 11) rows.push(insert(db, 'live_devices', { session_id: LIVE, device_hash: `device-${voter_hash}`, college, quota: '{}' }));
      }
    if (version >= 11)
      for (const [college, values] of Object.entries(liveVotes)) {
        const counts: Record<string, number> = {};
        for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
        rows.push(insert(db, 'live_college_tallies', { session_id: LIVE, question_id: 'q-priority', round: 1, college, counts: JSON.stringify(counts) }));
      }
    rows.push(insert(db, 'live_cards', { session_id: LIVE, code_hash: 'card-hash-1', college: 'gp' }));
    rows.push(
      insert(db, 'live_ideas', { session_id: LIVE, question_id: 'q-priority', id: 'idea-1', text: 'Une permanence de soins le samedi', status: 'approved' }),
    );
    rows.push(insert(db, 'live_idea_votes', { session_id: LIVE, idea_id: 'idea-1', voter_hash: 'upvote-1' }));
  }

  if (version >= 10)
    rows.push(
      insert(db, 'audit_events', {
        id: 'audit-1',
        organisation_id: ORG,
        at,
        actor_id: 'user-owner',
        actor_name: 'Claire Martin',
        actor_email: 'claire.martin@cpts-collines.fr',
        action: 'survey.export',
        target_id: DEMO,
        target_label: 'Vie de la CPTS',
        detail: null,
      }),
    );
  if (version >= 12)
    rows.push(
      insert(db, 'survey_history', {
        survey_id: DEMO,
        version: 3,
        edited_at: at,
        edited_by: 'Yanis Benali',
        changes: '["pages.0.title"]',
        definition: definitionOf(demoSurvey),
      }),
    );

  if (version >= 13) {
    rows.push(
      insert(db, 'idea_boxes', {
        id: 'box-1',
        organisation_id: ORG,
        slug: 'boite-a-idees',
        definition: JSON.stringify({ title: { fr: 'Boîte à idées' }, themes: ['acces'] }),
        member_key: null,
        version: 2,
        shown: 5,
        created_on: '2026-11-02',
      }),
    );
    rows.push(
      insert(db, 'ideas', {
        id: 'box-idea-1',
        box_id: 'box-1',
        search_id: 7_351_904,
        theme: 'acces',
        text: 'Des créneaux de soins non programmés le samedi matin',
        source: 'online',
        status: 'retained',
        root_id: 'box-idea-1',
        receipt_hash: 'receipt-hash-1',
        supports: 2,
        supports_max: 2,
        sole_rows: 2,
        history: '[{"day":"2026-11-03","status":"retained"}]',
        created_on: '2026-11-02',
        answered_on: '2026-11-03',
      }),
    );
    rows.push(insert(db, 'ideas_fts', { rowid: 7_351_904, text: 'Des créneaux de soins non programmés le samedi matin' }));
    for (const supporter of ['supporter-1', 'supporter-2'])
      rows.push(insert(db, 'idea_supports', { idea_id: 'box-idea-1', supporter_hash: supporter, sole: 1 }));
  }

  await db.batch(rows);
}
