/**
 * The demo idea box as SQL statements (no I/O here: `npm start` runs them through wrangler, the API
 * tests through D1 itself). Seeded on a fresh install only (no account yet), so a box the organisation
 * deleted does not come back; the first organisation adopts it (worker/db/setup.ts).
 */
import * as v from 'valibot';
import { DEMO_BOX_ID, DEMO_ORGANISATION_ID, demoBox, demoIdeas } from '../../schema/demo-box.ts';
import { BoxInput, PUBLIC_STATUSES } from '../../schema/ideas.ts';

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

const dayBefore = (today: Date, days: number) => new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
const SETTLED = new Set(['done', 'rejected']);

/** The demo box and its moderated ideas, owned by a placeholder organisation that the first real one adopts. */
export function demoBoxStatements(today: Date): string[] {
  const { slug, ...definition } = v.parse(BoxInput, demoBox);
  const freshInstall = 'NOT EXISTS (SELECT 1 FROM users)';
  const ideas = demoIdeas.map((idea) => {
    const steps = idea.steps.map((step) => ({ status: step.status, on: dayBefore(today, step.daysAgo) }));
    const last = steps.at(-1)!;
    const answered = idea.answer ? sqlText(last.on) : 'NULL';
    const settled = SETTLED.has(last.status) ? sqlText(last.on) : 'NULL';
    return `INSERT INTO ideas (id, box_id, search_id, theme, text, source, status, answer, root_id, supports, kiosk_supports, history, created_on, answered_on, settled_on)
SELECT ${sqlText(idea.id)}, ${sqlText(DEMO_BOX_ID)}, ${idea.searchId}, ${sqlText(idea.theme)}, ${sqlText(idea.text)}, ${sqlText(idea.source)}, ${sqlText(last.status)},
  ${idea.answer ? sqlText(JSON.stringify(idea.answer)) : 'NULL'}, ${sqlText(idea.id)}, ${idea.supports}, ${idea.supports}, ${sqlText(JSON.stringify(steps))}, ${sqlText(steps[0]!.on)}, ${answered}, ${settled}
WHERE EXISTS (SELECT 1 FROM idea_boxes WHERE id = ${sqlText(DEMO_BOX_ID)} AND organisation_id = ${sqlText(DEMO_ORGANISATION_ID)})
ON CONFLICT DO NOTHING;`;
  });
  const publicStatuses = PUBLIC_STATUSES.map(sqlText).join(', ');
  return [
    `INSERT INTO organisations (id, name, created_at)
SELECT ${sqlText(DEMO_ORGANISATION_ID)}, 'Centre de santé de démonstration', ${sqlText(today.toISOString())} WHERE ${freshInstall}
ON CONFLICT DO NOTHING;`,
    `INSERT INTO idea_boxes (id, organisation_id, slug, definition, created_on)
SELECT ${sqlText(DEMO_BOX_ID)}, ${sqlText(DEMO_ORGANISATION_ID)}, ${sqlText(slug)}, ${sqlText(JSON.stringify(definition))}, ${sqlText(dayBefore(today, 45))}
WHERE ${freshInstall} AND EXISTS (SELECT 1 FROM organisations WHERE id = ${sqlText(DEMO_ORGANISATION_ID)})
ON CONFLICT DO NOTHING;`,
    ...ideas,
    `INSERT INTO ideas_fts (rowid, text)
SELECT search_id, text FROM ideas WHERE box_id = ${sqlText(DEMO_BOX_ID)} AND status IN (${publicStatuses}) AND search_id NOT IN (SELECT rowid FROM ideas_fts);`,
  ];
}
