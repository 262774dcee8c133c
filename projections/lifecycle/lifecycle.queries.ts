import { customerGrades, lifecycleStages, prospectGrades } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import type { Kysely } from 'kysely';
import type { LifecycleTables } from './lifecycle.tables.js';

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
  /** Customers per stage now. */
  stages: Record<string, number>;
  /** Customers per grade now. */
  grades: Record<string, number>;
  /** Changes of stage within [from, to), by the stages left and entered. */
  flows: LifecycleFlow[];
}

const db = (read: Kysely<any>) => read.withSchema(projectionSchema('lifecycle')) as unknown as Kysely<LifecycleTables>;

const position = (stage: string | null, grade: string | null) => (stage === null ? null : { stage, grade });

export async function customerLifecycle(read: Kysely<any>, customerId: string): Promise<CustomerLifecycleView | null> {
  const current = await db(read)
    .selectFrom('customer_lifecycle')
    .select(['customer_id', 'stage', 'grade', 'since', 'next_change_at'])
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!current) return null;
  const transitions = await db(read).selectFrom('lifecycle_transition').selectAll().where('customer_id', '=', customerId).orderBy('seq').execute();
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

export async function lifecycleSummary(read: Kysely<any>, period: { from: Date; to: Date }): Promise<LifecycleSummary> {
  const [counts, flows] = await Promise.all([
    db(read)
      .selectFrom('customer_lifecycle')
      .select((eb) => ['stage', 'grade', eb.fn.countAll<string>().as('customers')])
      .groupBy(['stage', 'grade'])
      .execute(),
    db(read)
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
  const stages: Record<string, number> = zeros(lifecycleStages);
  const grades: Record<string, number> = zeros([...prospectGrades, ...customerGrades]);
  for (const row of counts) {
    stages[row.stage] = (stages[row.stage] ?? 0) + Number(row.customers);
    if (row.grade !== null) grades[row.grade] = (grades[row.grade] ?? 0) + Number(row.customers);
  }
  return { stages, grades, flows: flows.map((row) => ({ from: row.from_stage, to: row.to_stage, transitions: Number(row.transitions) })) };
}
