import { DisclosureAudit } from '../disclosure/audit.ts';
import type { AtomTable } from './digest.ts';
import { RESPONDENTS, type MeasureLists } from './measures.ts';
import { ANSWERED, belongsTo, breakdownQuestions, EVERYONE, groupKey, profileFromKey, type BreakdownQuestion, type GroupKey, type Profile } from './profile.ts';
import { PREFER_NOT } from '../tally.ts';
import type { Survey } from '../../../schema/survey.ts';

/**
 * What one release publishes, decided by the disclosure audit over everything published before.
 *
 * Atoms are (profile, batch): the people of one profile who arrived between two releases. A figure
 * published at release r about a group covers that group's atoms of batches 1…r. Two audits:
 * - counts: the number of respondents of everyone and of each group (also each breakdown question's
 *   answered and « prefer not to say » counts) — the sizes a reader can add and subtract;
 * - figures, per measure (question, matrix row, score scale): sums over the group's people the measure
 *   concerns. A group's figures are offered only if its count was published at this release.
 * Sets go in by priority (everyone first, then groups in breakdown order, largest first); a set is
 * refused when, with it, some combination of published figures would rest on 1 to k − 1 people.
 * A refused figure keeps its last published value (if any): republishing it tells nothing new.
 */

export type Withheld = 'under_k' | 'deducible';

export type ReleasePlan = {
  /** Groups whose counts this release published (`<question>=<option>`, `=#answered`, `=#pna`). */
  counts: GroupKey[];
  /** Per measure, the views (EVERYONE or a group) whose figures this release published. */
  figures: Record<string, GroupKey[]>;
  /** Per measure and view, why this release did not refresh figures it could have offered. */
  withheld: Record<string, Record<GroupKey, Withheld>>;
  /** Per group count not published: why. */
  withheldCounts: Record<GroupKey, Withheld>;
};

export type PastRelease = { atoms: AtomTable; plan: ReleasePlan };

type Atom = { profile: Profile; key: string; batch: number };

class Universe {
  readonly atoms: Atom[] = [];
  private readonly cumulative: AtomTable[];
  private readonly belongs = new Map<GroupKey, Uint8Array>();
  private readonly sizeCache = new Map<string, number[]>();

  constructor(
    past: readonly PastRelease[],
    current: AtomTable,
    readonly questions: readonly BreakdownQuestion[],
  ) {
    this.cumulative = [...past.map((p) => p.atoms), current];
    for (const key of current.keys()) {
      const profile = profileFromKey(key);
      for (let batch = 1; batch <= this.cumulative.length; batch++) this.atoms.push({ profile, key, batch });
    }
  }

  get release(): number {
    return this.cumulative.length;
  }

  /** People of each atom the measure concerns: what arrived in that batch. */
  sizes(measure: string): number[] {
    let sizes = this.sizeCache.get(measure);
    if (!sizes) {
      sizes = this.atoms.map(({ key, batch }) => {
        const now = this.cumulative[batch - 1]!.get(key)?.get(measure) ?? 0;
        const before = batch > 1 ? (this.cumulative[batch - 2]!.get(key)?.get(measure) ?? 0) : 0;
        return now - before;
      });
      this.sizeCache.set(measure, sizes);
    }
    return sizes;
  }

  /** Which atoms' profiles belong to the group, whatever their batch (worked out once per group). */
  private belonging(group: GroupKey): Uint8Array {
    let inGroup = this.belongs.get(group);
    if (!inGroup) this.belongs.set(group, (inGroup = Uint8Array.from(this.atoms, (a) => (belongsTo(group, a.profile, this.questions) ? 1 : 0))));
    return inGroup;
  }

  /** A group as published at `release`: its atoms of batches up to then. */
  members(group: GroupKey, release: number): Uint8Array {
    const inGroup = this.belonging(group);
    return Uint8Array.from(this.atoms, (a, i) => (a.batch <= release && inGroup[i] ? 1 : 0));
  }

  /** How many people of the group the measure concerns, now. */
  size(group: GroupKey, measure: string): number {
    const inGroup = this.belonging(group);
    const sizes = this.sizes(measure);
    let n = 0;
    for (let i = 0; i < this.atoms.length; i++) if (inGroup[i]) n += sizes[i]!;
    return n;
  }
}

/** Count candidates of each breakdown question: those who answered, each option largest first, then « prefer not ». */
function countCandidates(universe: Universe): GroupKey[] {
  return universe.questions.flatMap((question) => [
    groupKey(question.id, ANSWERED),
    ...question.options
      .map((o, order) => ({ key: groupKey(question.id, o.id), n: universe.size(groupKey(question.id, o.id), RESPONDENTS), order }))
      .toSorted((a, b) => b.n - a.n || a.order - b.order)
      .map((c) => c.key),
    groupKey(question.id, PREFER_NOT),
  ]);
}

const isOptionGroup = (group: GroupKey) => !group.endsWith(`=${ANSWERED}`) && !group.endsWith(`=${PREFER_NOT}`);

export function planRelease(survey: Pick<Survey, 'pages' | 'settings'>, past: readonly PastRelease[], current: AtomTable, measures: MeasureLists): ReleasePlan {
  const k = survey.settings.k;
  const universe = new Universe(past, current, breakdownQuestions(survey));
  const release = universe.release;
  const plan: ReleasePlan = { counts: [], figures: {}, withheld: {}, withheldCounts: {} };

  // Counts.
  const counts = new DisclosureAudit(universe.sizes(RESPONDENTS), k);
  past.forEach((p, i) => {
    counts.admit(universe.members(EVERYONE, i + 1));
    for (const group of p.plan.counts) counts.admit(universe.members(group, i + 1));
  });
  if (!counts.offer(universe.members(EVERYONE, release))) throw new Error('a release needs at least k new responses');
  for (const group of countCandidates(universe)) {
    const n = universe.size(group, RESPONDENTS);
    if (n === 0 || (n >= k && counts.offer(universe.members(group, release)))) plan.counts.push(group);
    else plan.withheldCounts[group] = n < k ? 'under_k' : 'deducible';
  }

  // Figures, measure by measure, over the people each concerns.
  // Empty groups have a count (0) but no figures.
  const views = [EVERYONE, ...plan.counts.filter((g) => isOptionGroup(g) && universe.size(g, RESPONDENTS) > 0)];
  const groupMeasures = new Set(measures.groups);
  for (const measure of new Set([...measures.everyone, ...measures.groups])) {
    const audit = new DisclosureAudit(universe.sizes(measure), k);
    past.forEach((p, i) => {
      for (const view of p.plan.figures[measure] ?? []) audit.admit(universe.members(view, i + 1));
    });
    const published: GroupKey[] = [];
    const withheld: Record<GroupKey, Withheld> = {};
    for (const view of views) {
      if (view === EVERYONE ? !measures.everyone.includes(measure) : !groupMeasures.has(measure)) continue;
      if (measure === RESPONDENTS) {
        // The respondents of a view are its count, decided above.
        published.push(view);
        continue;
      }
      const n = universe.size(view, measure);
      if (n >= k && audit.offer(universe.members(view, release))) published.push(view);
      else withheld[view] = n < k ? 'under_k' : 'deducible';
    }
    if (measure === RESPONDENTS) for (const [group, why] of Object.entries(plan.withheldCounts)) if (isOptionGroup(group)) withheld[group] = why;
    plan.figures[measure] = published;
    if (Object.keys(withheld).length > 0) plan.withheld[measure] = withheld;
  }
  return plan;
}
