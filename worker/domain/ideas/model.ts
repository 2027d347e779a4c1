import type { BoxInput, IdeaHistoryEntry, IdeaSource, IdeaStatus } from '../../../schema/ideas.ts';
import { PUBLIC_STATUSES, ANSWERED_STATUSES, type PublicStatus } from '../../../schema/ideas.ts';
import type { LocalizedText } from '../../../schema/lang.ts';

/** A box as stored: its definition, and the counter the display's ETag is made of. */
export type StoredBox = BoxInput & { id: string; organisationId: string; memberKey: string | null; version: number; shown: number; createdOn: string };

/** An idea as stored (counters already folded into `supports` and `supportsAtMost`). */
export type StoredIdea = {
  id: string;
  boxId: string;
  theme: string;
  text: string;
  source: IdeaSource;
  status: IdeaStatus;
  hiddenFrom: IdeaStatus | null;
  mustReword: boolean;
  answer: LocalizedText | null;
  declineReason: string | null;
  mergedInto: string | null;
  rootId: string;
  reports: number;
  supports: number;
  supportsAtMost: number;
  history: IdeaHistoryEntry[];
  createdOn: string;
  answeredOn: string | null;
  settledOn: string | null;
};

export const isPublic = (status: IdeaStatus): status is PublicStatus => (PUBLIC_STATUSES as readonly IdeaStatus[]).includes(status);
export const isAnswered = (status: IdeaStatus) => (ANSWERED_STATUSES as readonly IdeaStatus[]).includes(status);
/** Ideas one may still support: approved and not yet decided for good. */
export const SUPPORTABLE: readonly IdeaStatus[] = ['received', 'studying', 'retained'];
/** Settled for good: nothing more happens to them but the retention purge. */
export const SETTLED: readonly IdeaStatus[] = ['declined', 'withdrawn', 'merged', 'done', 'rejected'];
/** No moderation edits these any more. */
export const CLOSED_TO_EDITS: readonly IdeaStatus[] = ['declined', 'withdrawn', 'merged'];

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
}
