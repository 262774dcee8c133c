import {
  classifyLifecycle,
  combinedLifecycleFacts,
  customerGrades,
  defaultLifecycleRules,
  lifecycleStages,
  nextLifecycleChange,
  prospectGrades,
  samePosition,
  type LifecyclePosition,
} from '#crm/domain';
import type { ReadDatabase } from '#crm/read-store';
import type { Kysely, Selectable } from 'kysely';
import { notAbsorbed } from '../shared/customer-merges.js';
import { lifecycleProjection } from './lifecycle.projection.js';
import type { CustomerLifecycleTable } from './lifecycle.tables.js';

export interface LifecycleTransitionItem {
  from: { stage: string; grade: string | null } | null;
  to: { stage: string; grade: string | null };
  at: string;
  cause: 'event' | 'lapse';
  /** The event that caused it; null for a lapse. */
  eventId: string | null;
}

export interface CustomerLifecycleView {
  customerId: string;
  stage: string;
  grade: string | null;
  since: string;
  /** When time alone will next move the customer, if it will. */
  nextChangeAt: string | null;
  /** Oldest first. */
  transitions: LifecycleTransitionItem[];
}

export interface LifecycleFlow {
  from: string | null;
  to: string;
  /** How many times customers made this move. */
  transitions: number;
}

export interface LifecycleSummary {
  /** Customers per stage now; a record merged into another is not one (docs/duplicates.md). */
  stages: Record<string, number>;
  /** Customers per grade now. */
  grades: Record<string, number>;
  /** Changes of stage within [from, to), by the stages left and entered. */
  flows: LifecycleFlow[];
}

const position = (stage: string | null, grade: string | null) => (stage === null ? null : { stage, grade });

type LifecycleRow = Selectable<CustomerLifecycleTable>;
type AsOneCustomer = { own: LifecycleRow; position: LifecyclePosition; since: Date; nextChangeAt: Date | null };

/**
 * Where survivors stand as one customer with the records merged into them (docs/duplicates.md):
 * their facts combined, judged at the latest time any of them was evaluated. Worked out when
 * read, from each record's own row, so an unmerge has nothing to undo. Merges are few.
 */
async function asOneCustomer(read: Kysely<ReadDatabase>, survivorId?: string): Promise<Map<string, AsOneCustomer>> {
  const tables = lifecycleProjection.read(read);
  const merges = await tables
    .selectFrom('customer_merge')
    .select(['absorbed_id', 'survivor_id'])
    .$if(survivorId !== undefined, (qb) => qb.where('survivor_id', '=', survivorId!))
    .execute();
  if (merges.length === 0) return new Map();
  const ids = [...new Set(merges.flatMap((merge) => [merge.absorbed_id, merge.survivor_id]))];
  const rows = new Map((await tables.selectFrom('customer_lifecycle').selectAll().where('customer_id', 'in', ids).execute()).map((row) => [row.customer_id, row]));
  const result = new Map<string, AsOneCustomer>();
  for (const survivor of new Set(merges.map((merge) => merge.survivor_id))) {
    const own = rows.get(survivor);
    if (!own) continue;
    const absorbed = merges.flatMap((merge) => (merge.survivor_id === survivor && rows.has(merge.absorbed_id) ? [rows.get(merge.absorbed_id)!] : []));
    const facts = absorbed.reduce((combined, row) => combinedLifecycleFacts(combined, row.facts), own.facts);
    const now = Math.max(...[own, ...absorbed].map((row) => row.evaluated_at.getTime()));
    const at = classifyLifecycle(facts, now, defaultLifecycleRules);
    const next = nextLifecycleChange(facts, now, defaultLifecycleRules);
    const unchanged = samePosition(at, { stage: own.stage, grade: own.grade } as LifecyclePosition);
    result.set(survivor, { own, position: at, since: unchanged ? own.since : new Date(now), nextChangeAt: next === null ? null : new Date(next) });
  }
  return result;
}

export async function customerLifecycle(read: Kysely<ReadDatabase>, customerId: string): Promise<CustomerLifecycleView | null> {
  const current = await lifecycleProjection.read(read)
    .selectFrom('customer_lifecycle')
    .select(['customer_id', 'stage', 'grade', 'since', 'next_change_at'])
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!current) return null;
  const merged = (await asOneCustomer(read, customerId)).get(current.customer_id);
  const transitions = await lifecycleProjection.read(read).selectFrom('lifecycle_transition').selectAll().where('customer_id', '=', customerId).orderBy('seq').execute();
  return {
    customerId: current.customer_id,
    stage: merged?.position.stage ?? current.stage,
    grade: merged ? merged.position.grade : current.grade,
    since: (merged?.since ?? current.since).toISOString(),
    nextChangeAt: (merged ? merged.nextChangeAt : current.next_change_at)?.toISOString() ?? null,
    transitions: transitions.map((row) => ({
      from: position(row.from_stage, row.from_grade),
      to: position(row.to_stage, row.to_grade)!,
      at: row.at.toISOString(),
      cause: row.cause,
      eventId: row.event_id,
    })),
  };
}

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, 0]));

export async function lifecycleSummary(read: Kysely<ReadDatabase>, period: { from: Date; to: Date }): Promise<LifecycleSummary> {
  const [counts, flows] = await Promise.all([
    lifecycleProjection.read(read)
      .selectFrom('customer_lifecycle')
      .select((eb) => ['stage', 'grade', eb.fn.countAll<string>().as('customers')])
      .where((eb) => notAbsorbed(eb, 'customer_id'))
      .groupBy(['stage', 'grade'])
      .execute(),
    lifecycleProjection.read(read)
      .selectFrom('lifecycle_transition')
      .select((eb) => ['from_stage', 'to_stage', eb.fn.countAll<string>().as('transitions')])
      .where('at', '>=', period.from)
      .where('at', '<', period.to)
      .where((eb) => eb.or([eb('from_stage', 'is', null), eb('from_stage', '<>', eb.ref('to_stage'))]))
      .groupBy(['from_stage', 'to_stage'])
      .orderBy('from_stage', (ob) => ob.asc().nullsFirst())
      .orderBy('to_stage')
      .execute(),
  ]);
  // A survivor counts where it stands with its merged records, not where its own row does.
  return summaryOf(counts, flows, [...(await asOneCustomer(read)).values()]);
}

/** The summary from customers counted per (stage, grade) and stage changes counted per (from, to); `moved`: customers counted at `own` who stand at `position`. */
export function summaryOf(
  counts: { stage: string; grade: string | null; customers: string }[],
  flows: { from_stage: string | null; to_stage: string; transitions: string }[],
  moved: { own: { stage: string; grade: string | null }; position: { stage: string; grade: string | null } }[] = [],
): LifecycleSummary {
  const stages: Record<string, number> = zeros(lifecycleStages);
  const grades: Record<string, number> = zeros([...prospectGrades, ...customerGrades]);
  const count = (stage: string, grade: string | null, customers: number) => {
    stages[stage] = (stages[stage] ?? 0) + customers;
    if (grade !== null) grades[grade] = (grades[grade] ?? 0) + customers;
  };
  for (const row of counts) count(row.stage, row.grade, Number(row.customers));
  for (const { own, position: at } of moved) {
    count(own.stage, own.grade, -1);
    count(at.stage, at.grade, 1);
  }
  return { stages, grades, flows: flows.map((row) => ({ from: row.from_stage, to: row.to_stage, transitions: Number(row.transitions) })) };
}
