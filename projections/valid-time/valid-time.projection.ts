import { lifecycleEventTypes, type LifecyclePosition } from '#crm/domain';
import { defineProjection, eventTypeSet, type Recorded } from '#crm/projection-runner';
import { sql, type Transaction } from 'kysely';
import type { CustomerFactEvent } from '../segments/apply-fact.js';
import { businessInstant, foldIntoPoints, lifecyclePeriods, type FactPoint, type LifecyclePeriod } from './fact-points.js';
import { validTimeTables, type ValidTimeTables } from './valid-time.tables.js';

export const VALID_TIME = 'valid_time';

/**
 * Each customer's facts and lifecycle on the business axis (docs/time-travel.md): what `validAt`
 * questions about lifecycles and segments read. An event re-dates the customer's history from its
 * own business time on: the points from there are folded again and the lifecycle periods from
 * there rewritten; what lies before stays as it was. In-order events touch only the newest point.
 */
export const validTimeProjection = defineProjection<CustomerFactEvent>()({
  name: VALID_TIME,
  version: 1,
  handles: {
    ...eventTypeSet(lifecycleEventTypes),
    CustomerDetailsChanged: true,
    CustomerAttributesChanged: true,
    CustomerOwnerAssigned: true,
    CustomerErased: true,
  },
  tables: validTimeTables,
  async applyBatch(trx, events) {
    const byCustomer = new Map<string, Recorded<CustomerFactEvent>[]>();
    for (const event of events) byCustomer.set(event.data.customerId, [...(byCustomer.get(event.data.customerId) ?? []), event]);
    for (const [customerId, own] of byCustomer) await redate(trx, customerId, own);
  },
});

async function redate(trx: Transaction<ValidTimeTables>, customerId: string, events: Recorded<CustomerFactEvent>[]): Promise<void> {
  const earliest = Math.min(...events.map(businessInstant));
  let points = await pointsFrom(trx, customerId, earliest);
  for (const event of events) points = foldIntoPoints(points, customerId, event);
  if (points.length === 0) return;
  const start = points[0]!.at;
  const entering = await trx
    .selectFrom('lifecycle_period')
    .select(['valid_from', 'stage', 'grade'])
    .where('customer_id', '=', customerId)
    .where('valid_from', '<', new Date(start))
    .orderBy('valid_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  const periods = lifecyclePeriods(points, entering ? ({ stage: entering.stage, grade: entering.grade } as LifecyclePosition) : null);
  await trx
    .insertInto('fact_customer')
    .values({ customer_id: customerId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await trx
    .insertInto('fact_point')
    .values(points.map((point) => ({ customer_id: customerId, at: new Date(point.at), event_id: point.eventId, facts: JSON.stringify(point.facts) as never })))
    .onConflict((oc) => oc.columns(['customer_id', 'at']).doUpdateSet({ event_id: sql.ref('excluded.event_id'), facts: sql.ref('excluded.facts') }))
    .execute();
  await trx.deleteFrom('lifecycle_period').where('customer_id', '=', customerId).where('valid_from', '>=', new Date(start)).execute();
  if (entering) {
    const until = periods[0]?.from;
    await trx
      .updateTable('lifecycle_period')
      .set({ valid_to: until === undefined ? null : new Date(until) })
      .where('customer_id', '=', customerId)
      .where('valid_from', '=', entering.valid_from)
      .execute();
  }
  if (periods.length > 0)
    await trx
      .insertInto('lifecycle_period')
      .values(periods.map((period) => periodRow(customerId, period)))
      .execute();
}

/** The points an event at `earliest` can change, with the one before it that new points start from. */
async function pointsFrom(trx: Transaction<ValidTimeTables>, customerId: string, earliest: number): Promise<FactPoint[]> {
  const before =
    earliest === -Infinity
      ? undefined
      : await trx
          .selectFrom('fact_point')
          .select('at')
          .where('customer_id', '=', customerId)
          .where('at', '<', new Date(earliest))
          .orderBy('at', 'desc')
          .limit(1)
          .executeTakeFirst();
  const rows = await trx
    .selectFrom('fact_point')
    .select(['at', 'event_id', 'facts'])
    .where('customer_id', '=', customerId)
    .$if(before !== undefined, (qb) => qb.where('at', '>=', before!.at))
    .orderBy('at')
    .execute();
  return rows.map((row) => ({ at: row.at.getTime(), eventId: row.event_id, facts: row.facts }));
}

function periodRow(customerId: string, period: LifecyclePeriod) {
  return {
    customer_id: customerId,
    valid_from: new Date(period.from),
    valid_to: period.to === null ? null : new Date(period.to),
    from_stage: period.previous?.stage ?? null,
    from_grade: period.previous?.grade ?? null,
    stage: period.position.stage,
    grade: period.position.grade,
    event_id: period.eventId,
  };
}
