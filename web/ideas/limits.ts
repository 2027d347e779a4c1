import type { PublicStatus } from '../../schema/ideas.ts';

/**
 * As schema/ideas.ts says (copied: importing the schema would bring valibot into these small pages;
 * limits.test.ts keeps them equal).
 */
export const IDEA_MAX_LENGTH = 500;
export const ANSWERED_STATUSES = ['retained', 'done', 'rejected'] as const satisfies readonly PublicStatus[];
