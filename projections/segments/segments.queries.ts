import { sql, type Kysely } from 'kysely';
import type { SegmentRule } from '#crm/domain';
import { notAbsorbed } from '../shared/customer-merges.js';
import { matches } from './evaluate-rule.js';
import { SegmentStore } from './segment-store.js';
import type { SegmentsTables } from './segments.tables.js';

export interface SegmentRow {
  segment_id: string;
  name: string;
  description: string | null;
  rule: SegmentRule;
  time_relative: boolean;
  defined_at: Date;
  members: string;
}

function segments(db: Kysely<SegmentsTables>) {
  return db
    .selectFrom('segment')
    .select(['segment.segment_id', 'segment.name', 'segment.description', 'segment.rule', 'segment.time_relative', 'segment.defined_at'])
    .select((eb) =>
      eb.selectFrom('segment_member').select(sql<string>`count(*)`.as('members')).whereRef('segment_member.segment_id', '=', 'segment.segment_id')
        .where((member) => notAbsorbed(member, 'segment_member.customer_id', 'text'))
        .as('members'),
    );
}

export function listSegments(db: Kysely<SegmentsTables>): Promise<SegmentRow[]> {
  return segments(db).orderBy('segment.defined_at').orderBy('segment.segment_id').execute() as Promise<SegmentRow[]>;
}

export function findSegment(db: Kysely<SegmentsTables>, segmentId: string): Promise<SegmentRow | undefined> {
  return segments(db).where('segment.segment_id', '=', segmentId).executeTakeFirst() as Promise<SegmentRow | undefined>;
}

/** Keyset position: the last member of the previous page. */
export type MemberCursor = readonly [enteredAt: string, customerId: string];

/** Current members in order of entry, `limit + 1` rows so the caller knows whether a page follows. */
export function segmentMembers(db: Kysely<SegmentsTables>, segmentId: string, after: MemberCursor | null, limit: number) {
  return db
    .selectFrom('segment_member')
    .select(['customer_id', 'entered_at'])
    .where('segment_id', '=', segmentId)
    .where((eb) => notAbsorbed(eb, 'customer_id', 'text'))
    .$if(after !== null, (qb) => qb.where(sql<boolean>`(entered_at, customer_id) > (${after![0]}::timestamptz, ${after![1]})`))
    .orderBy('entered_at')
    .orderBy('customer_id')
    .limit(limit + 1)
    .execute();
}

/** Every stay of a customer in a segment, current ones with `left_at` null. */
export function customerMemberships(db: Kysely<SegmentsTables>, customerId: string) {
  return db
    .selectFrom('segment_membership as stay')
    .innerJoin('segment', 'segment.segment_id', 'stay.segment_id')
    .select(['stay.segment_id', 'segment.name', 'stay.entered_at', 'stay.left_at'])
    .where('stay.customer_id', '=', customerId)
    .orderBy('stay.entered_at')
    .orderBy('stay.segment_id')
    .execute();
}

const PREVIEW_PAGE = 1_000;

/**
 * How many customers a rule would hold now, evaluated exactly as the projection would (at its
 * clock, over its facts) but writing nothing: what an analyst checks before defining a segment.
 */
export async function previewRule(db: Kysely<SegmentsTables>, rule: SegmentRule): Promise<{ matching: number; customers: number; evaluatedAt: Date | null }> {
  const store = new SegmentStore(db);
  const clock = await store.clock();
  const forecast = await store.forecast([rule]);
  const now = new Date(clock);
  let matching = 0;
  let customers = 0;
  let after = '';
  for (;;) {
    const page = await store.activeFactsPage(after, PREVIEW_PAGE);
    // Survivors on their combined facts, records merged into them not at all: as the member lists read.
    const { facts, absorbed } = await store.asEvaluated(page);
    const counted = facts.filter((customer) => !absorbed.has(customer.customerId));
    customers += counted.length;
    matching += counted.filter((customer) => matches(rule, customer, now, forecast)).length;
    if (page.length < PREVIEW_PAGE) break;
    after = page[page.length - 1]!.customerId;
  }
  return { matching, customers, evaluatedAt: clock === 0 ? null : now };
}

export type MovementBucket = 'day' | 'week' | 'month';

/** Entries and exits per period (UTC), from every stay: the segment's flow over time, oldest first. */
export async function segmentMovements(db: Kysely<SegmentsTables>, segmentId: string, bucket: MovementBucket): Promise<{ period: Date; entries: number; exits: number }[]> {
  const unit = sql.lit(bucket);
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('segment_membership')
        .select([sql<Date>`date_trunc(${unit}, entered_at, 'UTC')`.as('period'), sql<number>`1`.as('entered'), sql<number>`0`.as('left')])
        .where('segment_id', '=', segmentId)
        .unionAll(
          eb
            .selectFrom('segment_membership')
            .select([sql<Date>`date_trunc(${unit}, left_at, 'UTC')`.as('period'), sql<number>`0`.as('entered'), sql<number>`1`.as('left')])
            .where('segment_id', '=', segmentId)
            .where('left_at', 'is not', null),
        )
        .as('movement'),
    )
    .select(['period', sql<string>`sum(entered)`.as('entries'), sql<string>`sum("left")`.as('exits')])
    .groupBy('period')
    .orderBy('period')
    .execute();
  return rows.map((row) => ({ period: row.period, entries: Number(row.entries), exits: Number(row.exits) }));
}
