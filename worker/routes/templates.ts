import { Hono } from 'hono';
import { surveyTemplates } from '../../schema/templates/index.ts';
import type { AppEnv } from '../env.ts';
import { requireUser } from '../middleware/session.ts';

/** Ready-made surveys to start from (mounted under /api/templates), for any signed-in coordinator. */
export const templates = new Hono<AppEnv>().get('/', requireUser, (c) => c.json({ templates: surveyTemplates }));
