import { Hono } from 'hono';
import * as v from 'valibot';
import { insertMembershipStatement, insertOrganisationStatement } from '../db/accounts.ts';
import type { AppEnv } from '../env.ts';
import { limitBody, requireJson } from '../middleware/json-body.ts';
import { requireUser } from '../middleware/session.ts';
import { jsonBody } from '../middleware/validate.ts';

const NewOrganisation = v.strictObject({ name: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(120)) });

/** Any coordinator may found another organisation (a second CPTS, a federation), and owns it. */
export const organisationList = new Hono<AppEnv>().post('/', requireUser, requireJson, limitBody, jsonBody(NewOrganisation), async (c) => {
  const { db } = c.var;
  const id = crypto.randomUUID();
  const { name } = c.req.valid('json');
  await db.batch([insertOrganisationStatement(db, id, name, c.var.clock().toISOString()), insertMembershipStatement(db, id, c.var.user!.id, 'owner')]);
  return c.json({ id, name, role: 'owner' as const }, 201);
});
