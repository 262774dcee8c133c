import { sql, type Kysely } from 'kysely';
import { nameBasedUuid } from '#crm/commands';
import { dayOf, DAY_MS, probabilityAlive, purchaseHistory, type SignalType } from '#crm/domain';
import { projectionSchema } from '#crm/projection-runner';
import type { ReadDatabase } from '#crm/read-store';
import { analyticsProjection } from '../analytics/analytics.projection.js';
import { latestForecastFit } from '../forecast/forecast.queries.js';

/**
 * An opportunity spotted in the read models: what, for whom, why (in words and figures), and the
 * events it rests on. `id` names the occurrence: the same while the opportunity lasts (and through
 * rebuilds), a new one when it comes back after it ended, so an automation fires once per occurrence.
 */
export type Signal = {
  id: string;
  type: SignalType;
  customerId: string;
  ownerId: string | null;
  explanation: string;
  facts: Record<string, number | string>;
  eventIds: string[];
};

export type SignalOptions = {
  now: Date;
  type?: SignalType;
  ownerId?: string;
  /** Only this customer's signals (the customer page). */
  customerId?: string;
  /** Record access: only customers owned by these staff ids (lower case) or by nobody; undefined: all. */
  visibleOwners?: string[];
  limit: number;
};

/** Rests on at most this many events: the most recent ones. */
const MOST_EVENTS = 10;
/** A customer is due when the days since the last purchase exceed this many of their usual gaps. */
const DUE_FACTOR = 1.5;
/** A complaint still open after this many days puts the customer at risk. */
const COMPLAINT_DAYS = 7;
/** Cross-sell rules need this many orders holding both items, this confidence and a lift above 1. */
const RULE_MIN_ORDERS = 3;
const RULE_MIN_CONFIDENCE = 0.3;

type Purchase = { eventId: string; customerId: string; ownerId: string | null; at: Date; amount: number };

// Raw SQL names the live analytics tables itself (the query builder's schema does not reach it).
// Every fact read is of its current version (superseded_at is null): a void or correction supersedes a row.
const LINES = sql.table(`${projectionSchema('analytics')}.purchase_line_fact`);
const OWNERS = sql.table(`${projectionSchema('analytics')}.customer_owner`);
const DEALS = sql.table(`${projectionSchema('pipeline')}.deal`);
const STAGE_CHANGES = sql.table(`${projectionSchema('pipeline')}.deal_stage_change`);
/** A deal is stuck past this many times the median stay in its stage, once at least STUCK_MIN_STAYS stays ended. */
const STUCK_FACTOR = 2;
const STUCK_MIN_STAYS = 3;

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function purchasesByCustomer(
  read: Kysely<ReadDatabase>,
  now: Date,
  ownerId: string | undefined,
  { currency, customerId }: { currency?: string; customerId?: string } = {},
): Promise<Map<string, Purchase[]>> {
  const rows = await analyticsProjection
    .read(read)
    .selectFrom('purchase_fact as fact')
    .leftJoin('customer_owner as owner', 'owner.customer_id', 'fact.customer_id')
    .select(['fact.event_id', 'fact.customer_id', 'owner.owner_id', 'fact.occurred_at', 'fact.amount'])
    .where('fact.kind', '=', 'purchase')
    .where('fact.superseded_at', 'is', null)
    .where('fact.occurred_at', '<=', now)
    .$if(currency !== undefined, (qb) => qb.where('fact.currency', '=', currency!))
    .$if(ownerId !== undefined, (qb) => qb.where('owner.owner_id', '=', ownerId!))
    .$if(customerId !== undefined, (qb) => qb.where('fact.customer_id', '=', customerId!))
    .orderBy('fact.customer_id')
    .orderBy('fact.occurred_at')
    .execute();
  const byCustomer = new Map<string, Purchase[]>();
  for (const row of rows) {
    const list = byCustomer.get(row.customer_id) ?? [];
    list.push({ eventId: row.event_id, customerId: row.customer_id, ownerId: row.owner_id ?? null, at: row.occurred_at, amount: Number(row.amount) });
    byCustomer.set(row.customer_id, list);
  }
  return byCustomer;
}

const lastEvents = (purchases: Purchase[]) => purchases.slice(-MOST_EVENTS).map((purchase) => purchase.eventId);

/** An occurrence's id, from what keeps it alive: a lapse lasts until the next purchase, a complaint until resolved, a stay in a stage until the deal moves. */
const occurrenceId = (type: SignalType, ...anchor: string[]): string => nameBasedUuid(`crm:signal\n${type}\n${anchor.join('\n')}`);

/**
 * Later than the customer's own rhythm: at least three purchase days, and more days since the
 * last than 1.5 times the median gap between them.
 */
function dueToReorder(byCustomer: Map<string, Purchase[]>, now: Date): Signal[] {
  const signals: Signal[] = [];
  for (const [customerId, purchases] of byCustomer) {
    const days = [...new Set(purchases.map((purchase) => dayOf(purchase.at.getTime())))];
    if (days.length < 3) continue;
    const usualGap = median(days.slice(1).map((day, index) => day - days[index]!));
    const since = dayOf(now.getTime()) - days.at(-1)!;
    if (since <= DUE_FACTOR * usualGap) continue;
    signals.push({
      id: occurrenceId('due-to-reorder', customerId, purchases.at(-1)!.eventId),
      type: 'due-to-reorder',
      customerId,
      ownerId: purchases[0]!.ownerId,
      explanation: `Last bought ${since} days ago; usually buys every ${usualGap} days (median of ${days.length - 1} gaps)`,
      facts: { daysSinceLastPurchase: since, usualGapDays: usualGap, purchaseDays: days.length },
      eventIds: lastEvents(purchases),
    });
  }
  return signals;
}

/**
 * A returning customer among the top fifth by spend whose P(alive), under the fit in force, has
 * fallen below one half. Nothing before a fit.
 */
async function highValueSlipping(read: Kysely<ReadDatabase>, now: Date, ownerId: string | undefined, onlyCustomer: string | undefined): Promise<Signal[]> {
  const fit = await latestForecastFit(read);
  if (!fit) return [];
  // The top fifth is of every buyer, whoever owns them; the owner filter applies to the signals.
  const everyone = await purchasesByCustomer(read, now, undefined, { currency: fit.currency });
  const spent = [...everyone.entries()].map(([customerId, purchases]) => ({ customerId, purchases, spent: purchases.reduce((sum, p) => sum + p.amount, 0) }));
  const threshold = [...spent].sort((a, b) => b.spent - a.spent)[Math.max(0, Math.ceil(spent.length / 5) - 1)]?.spent ?? Infinity;
  const signals: Signal[] = [];
  for (const { customerId, purchases, spent: total } of spent) {
    if (total < threshold || (ownerId !== undefined && purchases[0]!.ownerId !== ownerId) || (onlyCustomer !== undefined && onlyCustomer !== customerId))
      continue;
    const history = purchaseHistory(
      purchases.map((purchase) => ({ at: purchase.at.getTime(), amount: purchase.amount })),
      dayOf(now.getTime()),
    );
    if (!history || history.x === 0) continue;
    const alive = probabilityAlive(fit.bgNbd.parameters, history);
    if (alive >= 0.5) continue;
    const since = Math.round(history.T * 7 - history.tx * 7);
    signals.push({
      id: occurrenceId('high-value-slipping', customerId, purchases.at(-1)!.eventId),
      type: 'high-value-slipping',
      customerId,
      ownerId: purchases[0]!.ownerId,
      explanation: `Among the top fifth by spend (${total} in minor units of ${fit.currency}), P(alive) ${round(alive)} after ${since} days without buying`,
      facts: { probabilityAlive: round(alive, 4), spent: total, currency: fit.currency, daysSinceLastPurchase: since, fitId: fit.id },
      eventIds: lastEvents(purchases),
    });
  }
  return signals;
}

/** A buyer with a complaint filed more than a week ago and nothing resolved since. */
async function complaintAtRisk(read: Kysely<ReadDatabase>, byCustomer: Map<string, Purchase[]>, now: Date, ownerId: string | undefined): Promise<Signal[]> {
  const rows = await analyticsProjection
    .read(read)
    .selectFrom('touch_fact as filed')
    .select(['filed.event_id', 'filed.customer_id', 'filed.owner_id', 'filed.occurred_at'])
    .where('filed.type', '=', 'ComplaintFiled')
    .where('filed.superseded_at', 'is', null)
    .where('filed.occurred_at', '<=', new Date(now.getTime() - COMPLAINT_DAYS * DAY_MS))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('touch_fact as resolved')
            .select(sql`1`.as('one'))
            .whereRef('resolved.customer_id', '=', 'filed.customer_id')
            .where('resolved.type', '=', 'ComplaintResolved')
            .where('resolved.superseded_at', 'is', null)
            .whereRef('resolved.occurred_at', '>=', 'filed.occurred_at')
            .where('resolved.occurred_at', '<=', now),
        ),
      ),
    )
    .orderBy('filed.occurred_at')
    .execute();
  const signals = new Map<string, Signal>();
  for (const row of rows) {
    const purchases = byCustomer.get(row.customer_id);
    if (!purchases || (ownerId !== undefined && purchases[0]!.ownerId !== ownerId)) continue;
    const open = signals.get(row.customer_id);
    if (open) {
      open.eventIds.unshift(row.event_id);
      open.facts.openComplaints = Number(open.facts.openComplaints) + 1;
      continue;
    }
    const days = Math.floor((now.getTime() - row.occurred_at.getTime()) / DAY_MS);
    // The oldest open complaint: a resolution closes every complaint filed before it, so it stays the oldest until then.
    signals.set(row.customer_id, {
      id: occurrenceId('complaint-at-risk', row.customer_id, row.event_id),
      type: 'complaint-at-risk',
      customerId: row.customer_id,
      ownerId: purchases[0]!.ownerId,
      explanation: `A complaint filed ${days} days ago is not resolved; the customer has bought ${purchases.length === 1 ? 'once' : `${purchases.length} times`}`,
      facts: { oldestOpenComplaintDays: days, openComplaints: 1, purchases: purchases.length },
      eventIds: [row.event_id, ...lastEvents(purchases)],
    });
  }
  return [...signals.values()];
}

/**
 * "Customers who bought X often buy Y": association rules over the orders' SKUs (support, the
 * share of orders holding both; confidence, of those holding X the share holding Y; lift,
 * confidence over Y's own share), and for each rule the customers who bought X but never Y.
 */
async function crossSell(read: Kysely<ReadDatabase>, now: Date, ownerId: string | undefined, customerId: string | undefined, limit: number): Promise<Signal[]> {
  // Pairs are made inside each order's array of SKUs: a join of the lines with themselves went
  // nested-loop on a freshly loaded table without planner statistics, minutes per call. A pair seen
  // in RULE_MIN_ORDERS orders has both SKUs in as many, so `item` need not filter the pairs.
  const { rows: rules } = await sql<{ x: string; y: string; both: number; with_x: number; with_y: number; orders: number }>`
    with line as (
      select distinct event_id, sku from ${LINES}
      where kind = 'purchase' and sku is not null and superseded_at is null and occurred_at <= ${now}),
    total as (select count(distinct event_id)::integer as orders from line),
    item as (select sku, count(*)::integer as orders from line group by sku having count(*) >= ${RULE_MIN_ORDERS}),
    basket as (select array_agg(sku) as skus from line group by event_id having count(*) > 1),
    pair as (
      select a.sku as x, b.sku as y, count(*)::integer as both
      from basket cross join lateral unnest(basket.skus) a(sku) cross join lateral unnest(basket.skus) b(sku)
      where a.sku <> b.sku
      group by a.sku, b.sku having count(*) >= ${RULE_MIN_ORDERS})
    select pair.x, pair.y, pair.both, ix.orders as with_x, iy.orders as with_y, total.orders
    from pair join item ix on ix.sku = pair.x join item iy on iy.sku = pair.y cross join total
    where pair.both::float / ix.orders >= ${RULE_MIN_CONFIDENCE}
      and (pair.both::float / ix.orders) / (iy.orders::float / total.orders) > 1
    order by (pair.both::float / ix.orders) / (iy.orders::float / total.orders) desc, pair.x, pair.y
    limit ${limit}`.execute(read);
  const signals: Signal[] = [];
  for (const rule of rules) {
    const confidence = rule.both / rule.with_x;
    const lift = confidence / (rule.with_y / rule.orders);
    const support = rule.both / rule.orders;
    const { rows: customers } = await sql<{ customer_id: string; owner_id: string | null; event_ids: string[] }>`
      select line.customer_id, owner.owner_id, array_agg(distinct line.event_id order by line.event_id) as event_ids
      from ${LINES} line
      left join ${OWNERS} owner on owner.customer_id = line.customer_id
      where line.kind = 'purchase' and line.sku = ${rule.x} and line.superseded_at is null and line.occurred_at <= ${now}
        and ${ownerId === undefined ? sql`true` : sql`owner.owner_id = ${ownerId}`}
        and ${customerId === undefined ? sql`true` : sql`line.customer_id = ${customerId}`}
        and not exists (
          select 1 from ${LINES} other
          where other.customer_id = line.customer_id and other.kind = 'purchase' and other.sku = ${rule.y} and other.superseded_at is null and other.occurred_at <= ${now})
      group by line.customer_id, owner.owner_id
      order by line.customer_id
      limit ${limit}`.execute(read);
    for (const customer of customers) {
      signals.push({
        id: occurrenceId('cross-sell', customer.customer_id, rule.x, rule.y),
        type: 'cross-sell',
        customerId: customer.customer_id,
        ownerId: customer.owner_id,
        explanation: `Bought ${rule.x}; customers who buy ${rule.x} often buy ${rule.y} (confidence ${round(confidence)}, lift ${round(lift)}, support ${round(support, 4)})`,
        facts: {
          boughtSku: rule.x,
          suggestedSku: rule.y,
          confidence: round(confidence, 4),
          lift: round(lift, 4),
          support: round(support, 4),
          ordersWithBoth: rule.both,
        },
        eventIds: customer.event_ids.slice(-MOST_EVENTS),
      });
    }
  }
  return signals;
}

/**
 * An open deal in its stage for longer than twice the norm: the median stay of the deals that
 * left that stage (at least three), from the pipeline's stage changes up to `now`.
 */
async function stuckDeals(
  read: Kysely<ReadDatabase>,
  now: Date,
  ownerId: string | undefined,
  customerId: string | undefined,
  limit: number,
): Promise<Signal[]> {
  const { rows } = await sql<{
    opportunity_id: string;
    customer_id: string;
    owner_id: string;
    stage: string;
    event_id: string;
    days_in_stage: number;
    usual_days: number;
    stays: number;
  }>`
    with change as (
      select opportunity_id, position, to_stage, occurred_at, event_id,
        lead(occurred_at) over (partition by opportunity_id order by position) as left_at
      from ${STAGE_CHANGES} where occurred_at <= ${now}),
    norm as (
      select to_stage as stage, percentile_cont(0.5) within group (order by extract(epoch from left_at - occurred_at)::float8 / 86400) as usual_days, count(*)::integer as stays
      from change where left_at is not null group by to_stage having count(*) >= ${STUCK_MIN_STAYS}),
    current as (select distinct on (opportunity_id) opportunity_id, to_stage, occurred_at, event_id from change order by opportunity_id, position desc)
    select deal.opportunity_id, deal.customer_id, deal.owner_id, current.to_stage as stage, current.event_id,
      extract(epoch from ${now}::timestamptz - current.occurred_at)::float8 / 86400 as days_in_stage, norm.usual_days, norm.stays
    from ${DEALS} deal
    join current on current.opportunity_id = deal.opportunity_id
    join norm on norm.stage = current.to_stage
    where deal.status = 'open' and deal.opened_at <= ${now}
      and ${ownerId === undefined ? sql`true` : sql`deal.owner_id = ${ownerId}`}
      and ${customerId === undefined ? sql`true` : sql`deal.customer_id = ${customerId}`}
      and extract(epoch from ${now}::timestamptz - current.occurred_at)::float8 / 86400 > ${STUCK_FACTOR} * norm.usual_days
    order by deal.customer_id, deal.opportunity_id
    limit ${limit}`.execute(read);
  return rows.map((row) => ({
    id: occurrenceId('stuck-deal', row.event_id),
    type: 'stuck-deal' as const,
    customerId: row.customer_id,
    ownerId: row.owner_id,
    explanation: `Deal ${row.opportunity_id} has been in ${row.stage} for ${Math.floor(row.days_in_stage)} days; deals usually leave it after ${round(row.usual_days, 1)} (median of ${row.stays})`,
    facts: {
      opportunityId: row.opportunity_id,
      stage: row.stage,
      daysInStage: Math.floor(row.days_in_stage),
      usualDaysInStage: round(row.usual_days, 1),
      stays: row.stays,
    },
    eventIds: [row.event_id],
  }));
}

/**
 * The signals as of `now`, computed from the analytics read model (and the forecast fit in force)
 * when asked, so they follow time with no sweep: of one type or all, of one owner's customers or
 * all, of the customers the caller may see, at most `limit` of each type, in a stable order.
 */
export async function signalsOf(read: Kysely<ReadDatabase>, { now, type, ownerId, customerId, visibleOwners, limit }: SignalOptions): Promise<Signal[]> {
  const visible = (signal: Signal) => visibleOwners === undefined || signal.ownerId === null || visibleOwners.includes(signal.ownerId.toLowerCase());
  const wanted = (candidate: SignalType) => type === undefined || type === candidate;
  const needPurchases = wanted('due-to-reorder') || wanted('complaint-at-risk');
  const byCustomer = needPurchases ? await purchasesByCustomer(read, now, ownerId, { customerId }) : new Map<string, Purchase[]>();
  const groups = await Promise.all([
    wanted('due-to-reorder') ? dueToReorder(byCustomer, now) : [],
    wanted('high-value-slipping') ? highValueSlipping(read, now, ownerId, customerId) : [],
    wanted('complaint-at-risk') ? complaintAtRisk(read, byCustomer, now, ownerId) : [],
    wanted('cross-sell') ? crossSell(read, now, ownerId, customerId, limit) : [],
    wanted('stuck-deal') ? stuckDeals(read, now, ownerId, customerId, limit) : [],
  ]);
  return groups.flatMap((group) =>
    group
      .filter(visible)
      .sort((a, b) => a.customerId.localeCompare(b.customerId))
      .slice(0, limit),
  );
}
