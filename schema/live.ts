import * as v from 'valibot';
import { LocalizedText } from './lang.ts';
import { say } from './messages.ts';
import { Id } from './survey.ts';

/**
 * Live workshops (issue 5): the contract between the worker (routes + one Durable Object per
 * session), the organiser's console, the projector and participants' phones.
 *
 * ## HTTP (all JSON; errors `{errors:[{path,message}]}` in the request's language, 4xx never 500)
 * Organiser (signed in; viewer reads, editor writes), under /api/orgs/:orgId/live:
 *   GET    /                          → { sessions: LiveSessionSummary[] }
 *   POST   /                          LiveSessionInput → 201 LiveSessionAdmin
 *   GET    /:sessionId                → LiveSessionAdmin (definition, join code, question states, organiser view of tallies)
 *   PUT    /:sessionId                LiveSessionInput (If-Match: version) → LiveSessionAdmin; questions can be added/edited while the session is a draft or
 *                                     for questions that never opened
 *   DELETE /:sessionId                → 204: the session with its votes, ideas and cards (editor); open screens are disconnected (close code 4404)
 *   POST   /:sessionId/start | /end   → LiveSessionAdmin (draft → open → closed; a closed session can be reopened with /start)
 *   POST   /:sessionId/questions/:questionId/control   LiveControl → LiveSessionAdmin
 *                                     (`show` puts a question already asked back on the projector and the phones, its last release revealed)
 *   POST   /:sessionId/ideas/:ideaId/moderate           IdeaModeration → LiveSessionAdmin   (approve/hide an idea)
 *   POST   /:sessionId/cards          { count: 1..2000, college?: collegeId } → { cards: string[] } (shown once; stored hashed; 2000 per session in all, 409 beyond)
 *   GET    /:sessionId/export.csv     results of every question (k applied), per college and block vote where set: the session and its
 *                                     date on the first lines, then values in value columns and explanations in the note column
 *   GET    /:sessionId/socket         WebSocket upgrade (role console): receives LiveServerMessage
 * Projector (signed in, viewer+): page /app/o/:orgId/live/:sessionId/projector, socket as above with ?view=projector.
 * Participants (no account), under /api/live:
 *   GET    /join/:code                → LiveParticipantState (the code is 6 chars of JOIN_CODE_ALPHABET, case-insensitive; 1000 lookups a minute per address)
 *   GET    /:sessionId/state          header X-Live-Token → LiveParticipantState (polling fallback; never the device's votes: the phone keeps its own)
 *   POST   /:sessionId/votes          header X-Live-Token, LiveVoteInput → 201 { status: 'stored', changed: boolean } once written to D1
 *                                     (503: not stored, retry; 429 + Retry-After past 120 votes and ideas a minute per device and session,
 *                                     or past 1000 devices new to the session a minute per address)
 *   POST   /:sessionId/ideas          header X-Live-Token, { text } → 201 { status: 'pending' } (rate-limited; shown once approved; 409 past
 *                                     MAX_IDEAS_PER_DEVICE per device and question, or 500 pending + approved ideas per question)
 * Session ids are UUIDs: anything else is 404 at once; an id the worker has not met yet is looked up in D1 (never waking
 * the session's object), those look-ups limited per address (429); devices new to a session past its expectedParticipants
 * (or MAX_LIVE_DEVICES) are refused with 403; with colleges, a device's college is fixed by its first vote (409 on a change).
 *   GET    /:sessionId/socket?token=  WebSocket upgrade (role participant): receives LiveServerMessage (no tallies unless revealed)
 * Pages: /live (enter a code), /live/:code (join directly; the QR code points here).
 *
 * The device token (X-Live-Token) is 22–64 chars [A-Za-z0-9_-], made on the device (crypto random)
 * and kept in its localStorage; with printed cards the card code is the token. It is never stored:
 * votes are keyed by SHA-256(token, session, question, round), so one device's votes on two
 * questions cannot be linked. No time, IP, user agent or college is stored with a vote: per-college
 * figures come from counters per (question, round, college) written in the same batch as the votes,
 * and a device's college is kept under a hash of its own (SHA-256(token, session, "device")). The
 * server never sends a device its votes back: the phone keeps its own choices in localStorage.
 *
 * Retention: a session ended (last /end) more than 12 months ago is deleted with all its data by the
 * daily job; its export is available until then.
 */

export const LIVE_QUESTION_TYPES = ['single', 'multiple', 'dots', 'ranking', 'scale', 'words', 'ideas', 'survey_results'] as const;
export type LiveQuestionType = (typeof LIVE_QUESTION_TYPES)[number];

/** Join codes: no 0/O, 1/I/L to misread on a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/, say('Code invalide : 6 lettres ou chiffres', 'Invalid code: 6 letters or digits')),
);

/** Devices (device tokens or cards) one session takes at most, whatever its expected participants. */
export const MAX_LIVE_DEVICES = 5000;
/** Printed cards one session holds at most (all requests together). */
export const MAX_LIVE_CARDS = 2000;
/** Ideas one device may propose per question, and ideas it may upvote per question. */
export const MAX_IDEAS_PER_DEVICE = 5;
export const MAX_UPVOTES_PER_DEVICE = 50;

export const LiveToken = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22,64}$/, say('Jeton d’appareil invalide', 'Invalid device token')));

const Option = v.strictObject({ id: Id, label: LocalizedText });
const Options = v.pipe(v.array(Option), v.minLength(2), v.maxLength(20));
const base = { id: Id, label: LocalizedText };

export const LiveQuestion = v.variant('type', [
  v.strictObject({ ...base, type: v.literal('single'), options: Options }),
  v.strictObject({
    ...base,
    type: v.literal('multiple'),
    options: Options,
    maxSelections: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
  }),
  /** Each participant spreads up to `points` points over the options (integers ≥ 0). */
  v.strictObject({ ...base, type: v.literal('dots'), options: Options, points: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)) }),
  /** A full ranking of the options; results: Borda points ((m − rank) per vote) and mean rank. */
  v.strictObject({ ...base, type: v.literal('ranking'), options: v.pipe(v.array(Option), v.minLength(2), v.maxLength(10)) }),
  v.strictObject({
    ...base,
    type: v.literal('scale'),
    min: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
    max: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
    minLabel: v.optional(LocalizedText),
    maxLabel: v.optional(LocalizedText),
  }),
  /** Up to `maxWords` short answers each (≤ 40 chars), normalised (case, accents, simple plurals). */
  v.strictObject({ ...base, type: v.literal('words'), maxWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)), 3) }),
  /** Participants propose ideas (≤ 280 chars); the organiser approves or hides them; approved ideas get upvotes. */
  v.strictObject({ ...base, type: v.literal('ideas') }),
  /** A slide showing a survey's public results (same organisation, resultsVisibility 'public'). */
  v.strictObject({ ...base, type: v.literal('survey_results'), surveySlug: v.pipe(v.string(), v.regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/)) }),
]);
export type LiveQuestion = v.InferOutput<typeof LiveQuestion>;

export const College = v.strictObject({
  id: Id,
  label: LocalizedText,
  /** The college's weight in a block vote, as in the statutes (e.g. 50, 30, 20). */
  weight: v.pipe(v.number(), v.minValue(0.01), v.maxValue(1000)),
});
export type College = v.InferOutput<typeof College>;

export const LiveSessionInput = v.strictObject({
  title: LocalizedText,
  settings: v.optional(
    v.strictObject({
      /** No figure about fewer than k participants, on every screen and export. */
      k: v.optional(v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(100)), 5),
      /** When set, each participant picks a college (or their card fixes it); results per college and as a block vote. */
      colleges: v.optional(v.pipe(v.array(College), v.minLength(2), v.maxLength(12))),
      /** Only printed one-time cards can vote (strict one person, one vote). */
      cardsRequired: v.optional(v.boolean(), false),
      /**
       * People expected in the room: devices new to the session beyond this number are refused (403),
       * so a few people inventing device tokens cannot outnumber the room. Unset: at most MAX_LIVE_DEVICES.
       */
      expectedParticipants: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_LIVE_DEVICES))),
    }),
    {},
  ),
  questions: v.pipe(v.array(LiveQuestion), v.minLength(1), v.maxLength(50)),
});
export type LiveSessionInput = v.InferOutput<typeof LiveSessionInput>;

/** idle: not yet asked; open: accepting votes; locked: shown but frozen (no new/changed votes); closed: done. */
export type LiveQuestionState = 'idle' | 'open' | 'locked' | 'closed';

/** `show`: a question already asked goes back on screen (projector and phones) with its last release, revealed. */
export const LiveControl = v.strictObject({
  action: v.picklist(['open', 'lock', 'close', 'reset', 'reveal', 'hide', 'show']),
});
export type LiveControl = v.InferOutput<typeof LiveControl>;

export const IdeaModeration = v.strictObject({ action: v.picklist(['approve', 'hide']) });

/** A vote, by question type: single → option id; multiple → option ids; dots → {optionId: points}; ranking → option ids in order; scale → number; words → strings; ideas → { upvote: ideaId, on } (sets the upvote on or off, so a retried request changes nothing). */
export const LiveVoteInput = v.strictObject({
  questionId: Id,
  /** With colleges and no card: the college the participant picked. */
  college: v.optional(Id),
  value: v.union([
    v.string(),
    v.number(),
    v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(20)),
    v.record(Id, v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
    v.strictObject({ upvote: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)), on: v.boolean() }),
  ]),
});
export type LiveVoteInput = v.InferOutput<typeof LiveVoteInput>;

export const IdeaInput = v.strictObject({ questionId: Id, text: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(280)) });

// ---- results, as every screen receives them (k already applied by the worker) ----

/** One bar: an option's count (single, multiple), points (dots), Borda points and mean rank (ranking), a scale point, a word. */
export type LiveBar = { key: string; label?: string; value: number; meanRank?: number };

/**
 * The tally every screen receives moves only once at least k distinct devices changed their vote
 * since the last release (one device changing its vote ten times counts once), so nobody can read one
 * person's vote off the projector by watching it move. Locking or closing keeps the last release:
 * it is the final result everywhere (projector, console, phones, export).
 */
export type LiveTally =
  /** Fewer than k participants voted: nothing but the fact. */
  | { suppressed: true; voters: null }
  | {
      suppressed: false;
      /** Participants with a vote on this question (changes count once). */
      voters: number;
      bars: LiveBar[];
      /** Scale: the live mean. */
      mean?: number;
      /**
       * Words given by fewer than k people, not shown: absent when none wait; how many distinct words
       * wait when at least k people gave one; null when fewer did (the figure would be about them).
       */
      waitingWords?: number | null;
    };

/**
 * A college's figures. Each release publishes a college's fresh tally only if no figure nor difference
 * of figures published so far (across colleges and releases) would then describe 1 to k − 1 people;
 * otherwise it keeps its last published tally (`previous: true`, « chiffres de la publication
 * précédente ») or stays suppressed if it never had one.
 */
export type CollegeTally = { college: string; label: LocalizedText; weight: number; tally: LiveTally; previous?: true };

/**
 * Block vote (single choice with colleges): within each college the plurality option is the
 * college's vote (a tie splits its weight equally between the tied options); options score the sum
 * of their colleges' weights. Shown only when every college that voted has at least k voters and its
 * figures of this release (`college_withheld` when one shows the previous release's or none).
 */
export type BlockVote =
  | { suppressed: true; reason: 'college_under_k' | 'college_withheld' | 'no_votes' }
  | { suppressed: false; colleges: { college: string; choice: string[]; weight: number }[]; options: { option: string; weight: number }[]; winner: string[] };

export type LiveIdea = { id: string; text: string; status: 'pending' | 'approved' | 'hidden'; upvotes: number | null };

export type LiveQuestionView = {
  question: LiveQuestion;
  state: LiveQuestionState;
  /** Results visible on the projector and phones (the organiser's console always sees them, k applied). */
  revealed: boolean;
  round: number;
  /** Absent for participants while not revealed. */
  tally?: LiveTally;
  byCollege?: CollegeTally[];
  block?: BlockVote;
  /** Ideas: approved ones for everyone (upvotes k-suppressed), pending and hidden too for the console. */
  ideas?: LiveIdea[];
};

export type LiveSessionPublic = {
  id: string;
  code: string;
  title: LocalizedText;
  status: 'draft' | 'open' | 'closed';
  k: number;
  colleges: { id: string; label: LocalizedText }[] | null;
  cardsRequired: boolean;
};

export type LiveParticipantState = {
  session: LiveSessionPublic;
  /** The question on screen now (the last one opened that is not idle), or null between questions. */
  current: LiveQuestionView | null;
  /** With cards: the college the card fixes. */
  college?: string | null;
};

export type LiveSessionSummary = { id: string; code: string; title: LocalizedText; status: 'draft' | 'open' | 'closed'; questions: number; version: number };

/** The summary's `questions` count is replaced by the question views (an intersection would make it `number & array`). */
export type LiveSessionAdmin = Omit<LiveSessionSummary, 'questions'> & {
  definition: LiveSessionInput;
  joinUrl: string;
  questions: LiveQuestionView[];
  /** Devices currently connected (participants), for the console. */
  connected: number;
  /** The question on the projector and the phones now (the last one opened or shown again), or null. */
  current: string | null;
  /** The day the session was created and the day it ended (its last /end), YYYY-MM-DD. */
  createdOn: string;
  endedOn: string | null;
  /** With colleges: the people each college is known to hold (see CollegePresence). */
  presence?: CollegePresence[];
};

/**
 * Devices whose first vote fixed a college (or whose card did), as the console may see them: a count
 * of at least k, or null for fewer than k (never 1 to k − 1). The figures move only once k more devices
 * fixed a college since they last moved, so no change tells one person's college.
 */
export type CollegePresence = { college: string; label: LocalizedText; devices: number | null };

/** Messages pushed on the WebSocket (JSON). Clients send only `{"type":"ping"}`; the server answers `{"type":"pong"}`. */
export type LiveServerMessage =
  { type: 'state'; state: LiveParticipantState | LiveSessionAdmin } | { type: 'question'; view: LiveQuestionView } | { type: 'pong' };
