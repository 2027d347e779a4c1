import * as v from 'valibot';
import { IDEA_SOURCES, PUBLIC_STATUSES } from './ideas.ts';
import { say } from './messages.ts';
import { Slug } from './survey.ts';

/**
 * An organisation's archive (GET /api/orgs/:orgId/archive.json, owners; POST /api/orgs/archive imports
 * it as a new organisation). What was designed and what was published, never what a respondent gave:
 * survey definitions with their edit history, releases with their published cells (what results and
 * reports show), live sessions with the results their screens showed, idea boxes with their public
 * ideas and answers, and the team's names, emails and roles. No raw response, written answer, vote,
 * participation code, receipt, password hash, session, token or address.
 * Definitions are kept as stored (JSON objects): an archive is read by the Pouls that wrote it or a later one.
 */
export const ARCHIVE_FORMAT = 'pouls-archive';
export const ARCHIVE_VERSION = 1;

const Text = v.pipe(v.string(), v.maxLength(20_000));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const Day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, say('Jour attendu (AAAA-MM-JJ)', 'A day is expected (YYYY-MM-DD)')));
const Instant = v.pipe(v.string(), v.minLength(10), v.maxLength(40));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const JsonObject = v.record(v.string(), v.unknown());
const JsonValue = v.union([JsonObject, v.array(v.unknown())]);

export const ArchiveMember = v.strictObject({ name: Text, email: Text, role: v.picklist(['owner', 'editor', 'viewer']) });

export const ArchiveSurvey = v.strictObject({
  id: Id,
  slug: Slug,
  status: v.picklist(['draft', 'open', 'closed']),
  definition: JsonObject,
  version: v.pipe(Count, v.minValue(1)),
  createdAt: Instant,
  updatedAt: Instant,
  closedOn: v.nullable(Day),
  purgedOn: v.nullable(Day),
  archived: v.boolean(),
  invited: v.nullable(Count),
  history: v.array(v.strictObject({ version: Count, editedAt: Instant, editedBy: Text, changes: v.array(v.string()), definition: JsonObject })),
  releases: v.array(
    v.strictObject({ number: v.pipe(Count, v.minValue(1)), madeAt: Instant, kind: v.picklist(['scheduled', 'closing']), responses: Count, plan: JsonValue }),
  ),
  publishedCells: v.array(v.strictObject({ view: Text, measure: Text, questionId: Text, itemId: Text, optionKey: Text, count: Count, total: v.number() })),
  publishedMeasures: v.array(
    v.strictObject({ view: Text, measure: Text, release: v.nullable(Count), withheld: v.nullable(v.picklist(['under_k', 'deducible'])) }),
  ),
});

export const ArchiveLiveSession = v.strictObject({
  id: Id,
  title: JsonObject,
  definition: JsonObject,
  status: v.picklist(['draft', 'open', 'closed']),
  version: v.pipe(Count, v.minValue(1)),
  createdOn: Day,
  endedOn: v.nullable(Day),
  questions: v.array(
    v.strictObject({
      questionId: Text,
      state: v.picklist(['idle', 'open', 'locked', 'closed']),
      revealed: v.boolean(),
      round: v.pipe(Count, v.minValue(1)),
      openedOrder: v.nullable(Count),
      /** The results last shown on screens, k applied. */
      published: v.nullable(JsonValue),
    }),
  ),
});

export const ArchiveIdea = v.strictObject({
  id: Id,
  theme: Text,
  text: Text,
  source: v.picklist(IDEA_SOURCES),
  status: v.picklist(PUBLIC_STATUSES),
  answer: v.nullable(JsonObject),
  supports: Count,
  history: v.array(v.unknown()),
  createdOn: Day,
  answeredOn: v.nullable(Day),
  settledOn: v.nullable(Day),
});

export const ArchiveIdeaBox = v.strictObject({
  id: Id,
  slug: Slug,
  definition: JsonObject,
  version: v.pipe(Count, v.minValue(1)),
  createdOn: Day,
  ideas: v.array(ArchiveIdea),
});

export const OrganisationArchive = v.strictObject({
  format: v.literal(
    ARCHIVE_FORMAT,
    say('Ce fichier n’est pas une archive Pouls (format « pouls-archive » attendu)', 'This file is not a Pouls archive (format “pouls-archive” expected)'),
  ),
  version: v.literal(ARCHIVE_VERSION, say('Version d’archive non prise en charge (1 attendue)', 'Unsupported archive version (1 expected)')),
  exportedAt: Instant,
  organisation: v.strictObject({
    name: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(120)),
    releaseHour: v.pipe(Count, v.maxValue(23)),
    createdAt: Instant,
  }),
  members: v.array(ArchiveMember),
  surveys: v.array(ArchiveSurvey),
  liveSessions: v.array(ArchiveLiveSession),
  ideaBoxes: v.array(ArchiveIdeaBox),
});
export type OrganisationArchive = v.InferOutput<typeof OrganisationArchive>;
export type ArchiveSurvey = v.InferOutput<typeof ArchiveSurvey>;
export type ArchiveLiveSession = v.InferOutput<typeof ArchiveLiveSession>;
export type ArchiveIdeaBox = v.InferOutput<typeof ArchiveIdeaBox>;

/** What an import made: the new organisation, and whom to invite again (accounts are not carried). */
export type ArchiveImport = {
  id: string;
  name: string;
  role: 'owner';
  surveys: number;
  liveSessions: number;
  ideaBoxes: number;
  membersToInvite: v.InferOutput<typeof ArchiveMember>[];
};
