import * as v from 'valibot';
import { LocalizedText, type Lang } from './lang.ts';
import { say } from './messages.ts';
import type { PrivacyNotice } from './privacy.ts';
import type { ProcessingRecord } from './processing-record.ts';
import { Id, Slug } from './survey.ts';

/**
 * The idea box (issue 13): residents, members and partners propose ideas, the waiting room shows
 * what matters most, the centre answers. The contract between the worker, the box's public pages
 * (phone, kiosk, waiting-room display) and the coordinators' app.
 *
 * ## HTTP (all JSON; errors `{errors:[{path,message}]}` in the request's language, 4xx never 500)
 * Coordinators (signed in; viewer reads, editor writes, owner deletes), under /api/orgs/:orgId/boxes:
 *   GET    /                             → { boxes: BoxSummary[] }
 *   POST   /                             BoxInput → 201 Box                 (409 slug taken)
 *   GET    /templates                    → { templates: BoxTemplate[] }     (a health centre's box, a CPTS members' box)
 *   GET    /:boxId                       → Box
 *   PUT    /:boxId                       BoxInput → Box                     (themes may be added or renamed, never removed once used)
 *   DELETE /:boxId                       → 204 (owner): the box with its ideas, supports, kiosks
 *   GET    /:boxId/ideas?status=&theme=  → { ideas: IdeaAdmin[] }           (the moderation queue and every idea)
 *   POST   /:boxId/ideas                 PaperSlipInput → 201 IdeaAdmin     (a slip from the physical box, source 'paper', pending)
 *   POST   /:boxId/ideas/:ideaId/moderate  Moderation → IdeaAdmin
 *   POST   /:boxId/ideas/:ideaId/promote   PromoteInput → { sessionId, questionId }   (into a live workshop question)
 *   POST   /:boxId/import-texts          ImportTextsInput → { created: number } (a survey's released free texts, as pending ideas;
 *                                        each text once, ever; they must be reworded — action 'redact' — before approval: 409 otherwise)
 *   GET    /:boxId/privacy               → { notice: PrivacyNotice, record: ProcessingRecord } (what people are told; a GDPR register entry)
 *   GET    /:boxId/export.csv | .xlsx    ideas, themes, supports (from k), statuses, answers — no author data exists
 *   POST   /:boxId/kiosks                { label } → 201 { kioskId, link }  (the enrolment link, shown once; stored hashed):
 *                                        `${origin}/b/:slug/kiosk#kiosk=<token>` (`&key=<memberKey>` for a members' box); the page keeps
 *                                        the token and sends it as X-Kiosk
 *   GET    /:boxId/kiosks                → { kiosks: KioskSummary[] };   DELETE /:boxId/kiosks/:kioskId → 204
 *   GET    /:boxId/qr.svg                the box's public address as a QR code
 * Public (no account), under /api/b/:slug (a members' box also needs `?key=` from its link: 404 without it):
 *   GET    /                             → BoxPublic (texts, themes, approved ideas by theme with supports, answered ideas)
 *   GET    /similar?q=&theme=            → { ideas: IdeaPublic[] }   (approved ideas like the text being typed; D1 full-text, accents and plurals folded)
 *   POST   /ideas                        header X-Idea-Token (device) or X-Kiosk (enrolled kiosk), IdeaInput
 *                                        → 201 { status: 'pending', receipt } (receipt: shown once, to follow or withdraw)
 *   PUT    /ideas/:ideaId/support        header X-Idea-Token or X-Kiosk, { on: boolean } → SupportReply
 *                                        (a device: once per idea, withdrawable; a kiosk: one more support per person, no lock-out,
 *                                        never withdrawn: 409 for { on: false }; an idea merged into another: the support goes there)
 *   POST   /ideas/:ideaId/report         header X-Idea-Token → 202 (N reports from distinct devices hide it pending review)
 *   GET    /receipts/:receipt            → IdeaFollow (status, history, public answer)   ;   DELETE /receipts/:receipt → 204 (withdrawn;
 *                                        again: 204; 409 once answered « réalisée » / « non retenue », declined or merged)
 *   GET    /display                      → BoxDisplay (what the waiting-room screen shows; ETag, 304 when unchanged; polled every second)
 *   GET    /qr.svg                       the box's address (BoxDisplay.address) as a QR code, for the screen without an account
 * Pages: /b/:slug (propose and support, phone first), /b/:slug/display (the TV), /b/:slug/kiosk (after enrolment),
 *        /b/:slug/answers (« Vous avez dit, nous avons fait »), /b/:slug/receipt (follow an idea); coordinators under /app.
 *
 * Anonymity: nothing identifies an author — no account, no IP, no user agent, the day only; the
 * receipt code is stored hashed. The device token (X-Idea-Token, 22–64 chars [A-Za-z0-9_-], made on
 * the device) is never stored: a support is keyed by SHA-256(token, box, idea), so one device's
 * supports cannot be linked to each other; a kiosk's supports are counted per person, without any key.
 * Support counts are shown from k (« moins de k soutiens » below). Per-device pace and caps, per-kiosk
 * daily caps, per-address limits (hashed with the daily secret of worker/middleware/client-key.ts).
 *
 * Kiosks: a pause of KIOSK_PAUSE_SECONDS after each contribution (429 with Retry-After), and the box's
 * kioskDailyCap (429 until the next day); nothing is kept from one person to the next.
 * Merges: supports are hashed per idea, so a device that supported both ideas cannot be recognised
 * at merge time; the merged count is a lower bound (nobody counted twice: `supports`) that becomes
 * exact as devices come back, and coordinators also see the upper bound (`supportsAtMost`).
 */

/** Ideas one device may propose a day in one box. */
export const MAX_IDEAS_PER_DEVICE_PER_DAY = 10;
/** Seconds a kiosk waits after each contribution before the next person's. */
export const KIOSK_PAUSE_SECONDS = 5;
/** Ideas merged together at most (the idea kept and those merged into it). */
export const MAX_MERGED_IDEAS = 20;

/** A receipt code: 12 characters (no 0/O, 1/I/L), shown as XXXX-XXXX-XXXX; dashes, spaces and case are ignored. */
export const RECEIPT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ReceiptCode = v.pipe(
  v.string(),
  v.transform((code) => code.replace(/[\s-]/g, '').toUpperCase()),
  v.regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}$/, say('Code de suivi invalide : 12 lettres ou chiffres', 'Invalid receipt code: 12 letters or digits')),
);

export const IDEA_MAX_LENGTH = 500;
export const IDEA_STATUSES = ['pending', 'declined', 'received', 'studying', 'retained', 'done', 'rejected', 'withdrawn', 'merged', 'hidden'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];
/** The statuses the public sees (an approved idea starts « reçue »). */
export const PUBLIC_STATUSES = ['received', 'studying', 'retained', 'done', 'rejected'] as const satisfies readonly IdeaStatus[];
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];
/** These need a public answer (« Vous avez dit, nous avons fait »). */
export const ANSWERED_STATUSES = ['retained', 'done', 'rejected'] as const satisfies readonly IdeaStatus[];
export const IDEA_SOURCES = ['online', 'kiosk', 'paper', 'survey'] as const;
export type IdeaSource = (typeof IDEA_SOURCES)[number];

export const IdeaToken = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22,64}$/, say('Jeton d’appareil invalide', 'Invalid device token')));

const Theme = v.strictObject({ id: Id, label: LocalizedText });
export type Theme = v.InferOutput<typeof Theme>;

export const BoxInput = v.strictObject({
  slug: Slug,
  title: LocalizedText,
  intro: LocalizedText,
  themes: v.pipe(v.array(Theme), v.minLength(1), v.maxLength(20)),
  /** `public`: anyone with the address; `members`: only with the link that carries its key. */
  audience: v.picklist(['public', 'members']),
  /** Support counts are shown from this many (k). */
  k: v.optional(v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(100)), 5),
  /** Reports from distinct devices that hide an idea until a moderator looks at it. */
  reportsToHide: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)), 3),
  /** Declined and withdrawn ideas, and receipt codes, are deleted this many months after they settled. */
  retentionMonths: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)), 12),
  /** Each kiosk's contributions a day (ideas and supports together), against flooding. */
  kioskDailyCap: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(5000)), 300),
  status: v.optional(v.picklist(['open', 'closed']), 'open'),
});
export type BoxInput = v.InferOutput<typeof BoxInput>;

export type Box = BoxInput & { id: string; organisationId: string; version: number; createdOn: string; memberKey: string | null };
export type BoxSummary = Pick<Box, 'id' | 'slug' | 'title' | 'audience' | 'status'> & { pending: number; published: number };
export type BoxTemplate = { templateId: string; title: LocalizedText; description: LocalizedText; box: Omit<BoxInput, 'slug'> };

export const IdeaInput = v.strictObject({
  text: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(3, say('Écrivez votre idée (3 caractères au moins)', 'Write your idea (3 characters at least)')),
    v.maxLength(IDEA_MAX_LENGTH),
  ),
  theme: Id,
});
export type IdeaInput = v.InferOutput<typeof IdeaInput>;

export const PaperSlipInput = IdeaInput;

export const SupportInput = v.strictObject({ on: v.boolean() });
/** The idea's public count after the change (null under k). */
export type SupportReply = { on: boolean; supports: number | null };

/** A survey's released free texts into the box, as pending ideas of `theme` (the box's first theme by default). */
export const ImportTextsInput = v.strictObject({ surveyId: v.pipe(v.string(), v.uuid()), questionId: Id, theme: v.optional(Id) });
export type ImportTextsInput = v.InferOutput<typeof ImportTextsInput>;

/**
 * A moderator's action on an idea. Answers are required for retained, done and rejected.
 * Which status each applies to (409 otherwise): approve — pending (a survey text once reworded) → received;
 * decline — pending, hidden, received, studying; redact and theme — any but declined, withdrawn, merged;
 * merge — pending, received, studying, hidden, into a pending or public idea of the box; hide — public;
 * unhide — hidden, back to its status before (reports start again from 0); status — public → public.
 */
export const Moderation = v.variant('action', [
  v.strictObject({ action: v.literal('approve') }),
  v.strictObject({ action: v.literal('decline'), reason: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(500)) }),
  /** The text with personal or health details removed; the original is not kept. */
  v.strictObject({ action: v.literal('redact'), text: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(IDEA_MAX_LENGTH)) }),
  /** Into another idea: its supports move over (a device that supported both counts once). */
  v.strictObject({ action: v.literal('merge'), into: v.pipe(v.string(), v.uuid()) }),
  v.strictObject({ action: v.literal('hide') }),
  v.strictObject({ action: v.literal('unhide') }),
  v.strictObject({ action: v.literal('status'), status: v.picklist(PUBLIC_STATUSES), answer: v.optional(LocalizedText) }),
  v.strictObject({ action: v.literal('theme'), theme: Id }),
]);
export type Moderation = v.InferOutput<typeof Moderation>;

export const PromoteInput = v.strictObject({
  /** An existing live session of the organisation (a new question is added), or none to create one. */
  sessionId: v.optional(v.pipe(v.string(), v.uuid())),
  type: v.picklist(['ranking', 'dots']),
  /** Other ideas of the box voted on together with this one (2 to 10 options in all). */
  with: v.optional(v.pipe(v.array(v.pipe(v.string(), v.uuid())), v.maxLength(9)), []),
});

/** What personal or health details the text seems to hold: flagged for the moderator, never stored apart. */
export type PersonalFlag = { kind: 'name' | 'phone' | 'email' | 'date' | 'health'; start: number; end: number };

export type IdeaHistoryEntry = {
  status: IdeaStatus;
  on: string;
  note?: LocalizedText;
  link?: { kind: 'live'; sessionId: string; questionId: string } | { kind: 'survey'; surveyId: string };
};

export type IdeaPublic = {
  id: string;
  theme: string;
  text: string;
  status: PublicStatus;
  /** Supports, or null under k (« moins de k »). */
  supports: number | null;
  answer: LocalizedText | null;
  /** Days from proposal to now (or to its answer). */
  waitedDays: number;
  history: IdeaHistoryEntry[];
};

export type IdeaAdmin = Omit<IdeaPublic, 'status' | 'supports'> & {
  status: IdeaStatus;
  source: IdeaSource;
  /** Exact count, for coordinators only (after a merge: the lower bound, nobody counted twice). */
  supports: number;
  /** Equal to `supports` unless a merge left an overlap unknown: then at most this many. */
  supportsAtMost: number;
  /** Imported from a survey's free texts: to be reworded (action 'redact') before it can be approved. */
  mustReword: boolean;
  reports: number;
  flags: PersonalFlag[];
  declineReason: string | null;
  mergedInto: string | null;
  createdOn: string;
};

export type BoxPublic = Pick<Box, 'slug' | 'title' | 'intro' | 'themes' | 'k' | 'status'> & {
  organisation: { name: string };
  /** Approved ideas, by theme, most supported first (those under k after them, newest first). */
  ideas: IdeaPublic[];
  /** The privacy notice, in both languages. */
  privacy: Record<Lang, PrivacyNotice>;
};

export type BoxPrivacy = { notice: PrivacyNotice; record: ProcessingRecord };

export type BoxDisplay = Pick<BoxPublic, 'slug' | 'title' | 'themes' | 'k' | 'organisation'> & {
  /** The address to propose or support, short, and the same as a QR code's. */
  address: string;
  ideas: IdeaPublic[];
  /** The latest answered ideas (« Vous avez dit, nous avons fait »). */
  answered: IdeaPublic[];
  /** Changes whenever anything shown changes (the ETag). */
  version: string;
};

export type IdeaFollow = Pick<IdeaAdmin, 'id' | 'theme' | 'text' | 'status' | 'answer' | 'waitedDays' | 'history'> & { declineReason: string | null };

export type KioskSummary = { id: string; label: string; createdOn: string; today: number };
