import { customerGrades, lifecycleStages, prospectGrades } from '#crm/domain';
import type { ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { notAbsorbed } from '../shared/customer-merges.js';
import { lifecycleProjection } from './lifecycle.projection.js';

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

export async function customerLifecycle(read: Kysely<ReadDatabase>, customerId: string): Promise<CustomerLifecycleView | null> {
  const current = await lifecycleProjection.read(read)
    .selectFrom('customer_lifecycle')
    .select(['customer_id', 'stage', 'grade', 'since', 'next_change_at'])
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!current) return null;
  const transitions = await lifecycleProjection.read(read).selectFrom('lifecycle_transition').selectAll().where('customer_id', '=', customerId).orderBy('seq').execute();
  return {
    customerId: current.customer_id,
    stage: current.stage,
    grade: current.grade,
    since: current.since.toISOString(),
    nextChangeAt: current.next_change_at?.toISOString() ?? null,
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
  return summaryOf(counts, flows);
}

/** The summary from customers counted per (stage, grade) and stage changes counted per (from, to). */
export function summaryOf(
  counts: { stage: string; grade: string | null; customers: string }[],
  flows: { from_stage: string | null; to_stage: string; transitions: string }[],
): LifecycleSummary {
  const stages: Record<string, number> = zeros(lifecycleStages);
  const grades: Record<string, number> = zeros([...prospectGrades, ...customerGrades]);
  for (const row of counts) {
    stages[row.stage] = (stages[row.stage] ?? 0) + Number(row.customers);
    if (row.grade !== null) grades[row.grade] = (grades[row.grade] ?? 0) + Number(row.customers);
  }
  return { stages, grades, flows: flows.map((row) => ({ from: row.from_stage, to: row.to_stage, transitions: Number(row.transitions) })) };
}
