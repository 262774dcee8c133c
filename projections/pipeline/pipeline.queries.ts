import type { ReadDatabase } from '#crm/read-store';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { decodeCursor, encodeCursor, isIsoInstant } from '../shared/opaque-cursor.js';
import { customerOrAbsorbed } from '../shared/customer-merges.js';
import { pipelineProjection } from './pipeline.projection.js';
import type { DealStatus, PipelineTables } from './pipeline.tables.js';

export type Money = { amount: number; currency: string };

export type DealItem = {
  id: string;
  customerId: string;
  ownerId: string;
  interest: string;
  product: string | null;
  stage: string;
  status: DealStatus;
  expectedAmount: Money;
  /** Whole percent: the deal's own, else its stage's; 100 once won, 0 once lost. */
  probability: number;
  ownProbability: boolean;
  expectedCloseDate: string | null;
  openedAt: Date;
  stageSince: Date;
  closedAt: Date | null;
  won: Money | null;
  lostReason: string | null;
};

export type DealFilter = {
  stage?: string;
  ownerId?: string;
  customerId?: string;
  status?: DealStatus;
  /** Inclusive YYYY-MM-DD bounds on the expected close date. */
  closeFrom?: string;
  closeTo?: string;
  /** Team record access: only deals these staff own (undefined: all). */
  visibleOwners?: readonly string[];
};

export type DealCursor = [openedAt: string, id: string];
export type DealPage = { items: DealItem[]; nextCursor: string | null };

export const parseDealCursor = (text: string): DealCursor | null =>
  decodeCursor<DealCursor>(text, (value): value is DealCursor => value.length === 2 && isIsoInstant(value[0]) && typeof value[1] === 'string');

/** The deals of one owner and of those team record access lets the caller see (none: an empty list). */
export function dealOwnedBy(eb: ExpressionBuilder<PipelineTables, 'deal'>, { ownerId, visibleOwners }: Pick<DealFilter, 'ownerId' | 'visibleOwners'>) {
  return eb.and([
    ...(ownerId === undefined ? [] : [eb('deal.owner_id', '=', ownerId)]),
    ...(visibleOwners === undefined ? [] : [visibleOwners.length === 0 ? eb.lit(false) : eb('deal.owner_id', 'in', visibleOwners)]),
  ]);
}

function dealQuery(db: Kysely<ReadDatabase>, filter: DealFilter) {
  const { stage, customerId, status, closeFrom, closeTo } = filter;
  return pipelineProjection
    .read(db)
    .selectFrom('deal')
    .innerJoin('stage_probability', 'stage_probability.stage', 'deal.stage')
    .selectAll('deal')
    .select((eb) =>
      eb
        .case()
        .when('deal.status', '=', 'won')
        .then(100)
        .when('deal.status', '=', 'lost')
        .then(0)
        .else(eb.fn.coalesce('deal.own_probability', 'stage_probability.probability'))
        .end()
        .as('probability'),
    )
    .$if(stage !== undefined, (qb) => qb.where('deal.stage', '=', stage!))
    .$if(customerId !== undefined, (qb) => qb.where((eb) => customerOrAbsorbed(eb, 'deal.customer_id', customerId!, 'text')))
    .$if(status !== undefined, (qb) => qb.where('deal.status', '=', status!))
    .$if(closeFrom !== undefined, (qb) => qb.where('deal.expected_close_date', '>=', closeFrom!))
    .$if(closeTo !== undefined, (qb) => qb.where('deal.expected_close_date', '<=', closeTo!))
    .where((eb) => dealOwnedBy(eb, filter));
}

type DealRow = Awaited<ReturnType<ReturnType<typeof dealQuery>['executeTakeFirstOrThrow']>>;

const toItem = (row: DealRow): DealItem => ({
  id: row.opportunity_id,
  customerId: row.customer_id,
  ownerId: row.owner_id,
  interest: row.interest,
  product: row.product,
  stage: row.stage,
  status: row.status,
  expectedAmount: { amount: Number(row.amount), currency: row.currency },
  probability: Number(row.probability),
  ownProbability: row.own_probability !== null,
  expectedCloseDate: row.expected_close_date,
  openedAt: row.opened_at,
  stageSince: row.stage_since,
  closedAt: row.closed_at,
  won: row.won_amount === null || row.won_currency === null ? null : { amount: Number(row.won_amount), currency: row.won_currency },
  lostReason: row.lost_reason,
});

/** Newest opened first; keyset paging on (opened at, id), so deals opened meanwhile never shift a page. */
export async function dealPage(db: Kysely<ReadDatabase>, filter: DealFilter & { limit: number; cursor?: DealCursor }): Promise<DealPage> {
  const { cursor, limit } = filter;
  const after = cursor && new Date(cursor[0]);
  const rows = await dealQuery(db, filter)
    .$if(cursor !== undefined, (qb) =>
      qb.where((eb) => eb.or([eb('deal.opened_at', '<', after!), eb.and([eb('deal.opened_at', '=', after!), eb('deal.opportunity_id', '<', cursor![1])])])),
    )
    .orderBy('deal.opened_at', 'desc')
    .orderBy('deal.opportunity_id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(toItem);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.openedAt.toISOString(), last.id]) : null };
}

export type StageChange = { from: string | null; to: string; occurredAt: Date };

export async function dealById(db: Kysely<ReadDatabase>, id: string): Promise<(DealItem & { stageHistory: StageChange[] }) | null> {
  const row = await dealQuery(db, {}).where('deal.opportunity_id', '=', id).executeTakeFirst();
  if (!row) return null;
  const changes = await pipelineProjection
    .read(db)
    .selectFrom('deal_stage_change')
    .select(['from_stage', 'to_stage', 'occurred_at'])
    .where('opportunity_id', '=', id)
    .orderBy('position')
    .execute();
  return { ...toItem(row), stageHistory: changes.map((change) => ({ from: change.from_stage, to: change.to_stage, occurredAt: change.occurred_at })) };
}

export type StageTotal = { currency: string; amount: number; weighted: number };
export type BoardColumn = { stage: string; probability: number; defined: boolean; count: number; totals: StageTotal[]; deals: DealItem[] };

/** Cards shown per column; the counts and sums cover every open deal. */
export const BOARD_CARDS_PER_STAGE = 100;

const weighted = (amount: number, probability: number) => Math.round((amount * probability) / 100);

/** Open deals by stage: the defined stages in order, then any other stage that still holds deals. */
export async function pipelineBoard(db: Kysely<ReadDatabase>, filter: Pick<DealFilter, 'ownerId' | 'visibleOwners'>): Promise<BoardColumn[]> {
  const stages = await pipelineProjection.read(db).selectFrom('stage_probability').selectAll().orderBy('position').orderBy('stage').execute();
  const deals = (
    await dealQuery(db, { ...filter, status: 'open' })
      .orderBy('deal.stage_since', 'desc')
      .orderBy('deal.opportunity_id')
      .execute()
  ).map(toItem);
  return stages.flatMap((stage) => {
    const inStage = deals.filter((deal) => deal.stage === stage.stage);
    if (stage.position === null && inStage.length === 0) return [];
    const totals = new Map<string, StageTotal>();
    for (const deal of inStage) {
      const { currency, amount } = deal.expectedAmount;
      const total = totals.get(currency) ?? { currency, amount: 0, weighted: 0 };
      totals.set(currency, { currency, amount: total.amount + amount, weighted: total.weighted + weighted(amount, deal.probability) });
    }
    return [
      {
        stage: stage.stage,
        probability: stage.probability,
        defined: stage.position !== null,
        count: inStage.length,
        totals: [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
        deals: inStage.slice(0, BOARD_CARDS_PER_STAGE),
      },
    ];
  });
}

export const forecastDimensions = ['month', 'owner', 'stage'] as const;
export type ForecastDimension = (typeof forecastDimensions)[number];
/** Each key is present only when the forecast is grouped by it. */
type ForecastKeys = { month?: string | null; ownerId?: string; stage?: string };
export type ForecastRow = ForecastKeys & { currency: string; count: number; amount: number; weighted: number };
export type WonRow = ForecastKeys & { currency: string; count: number; amount: number };
export type Forecast = { by: ForecastDimension[]; open: ForecastRow[]; won: WonRow[] };

const WON_STAGE = 'won';

/** The keys of one deal under the grouping asked for (a won deal's stage is "won"). */
function forecastKeys(by: readonly ForecastDimension[], deal: { month: string | null; ownerId: string; stage: string }): ForecastKeys {
  return {
    ...(by.includes('month') && { month: deal.month }),
    ...(by.includes('owner') && { ownerId: deal.ownerId }),
    ...(by.includes('stage') && { stage: deal.stage }),
  };
}

/** Adds rows with equal keys and currency; rows come out in key order, no-date months last. */
function sumRows<Row extends ForecastKeys & { currency: string; count: number; amount: number }>(rows: Row[], add: (into: Row, row: Row) => Row): Row[] {
  const sums = new Map<string, Row>();
  for (const row of rows) {
    const key = JSON.stringify([row.month, row.ownerId, row.stage, row.currency]);
    const into = sums.get(key);
    sums.set(key, into ? add(into, row) : row);
  }
  const text = (value: string | null | undefined) => (value === null ? '\uffff' : (value ?? ''));
  return [...sums.values()].sort(
    (a, b) =>
      text(a.month).localeCompare(text(b.month)) ||
      text(a.ownerId).localeCompare(text(b.ownerId)) ||
      text(a.stage).localeCompare(text(b.stage)) ||
      a.currency.localeCompare(b.currency),
  );
}

/**
 * The expected volume of business: open deals' amount × probability, per currency, grouped by
 * month of expected close (null: no date), owner and/or stage; and what was won, by month of
 * winning (UTC), owner and/or the "won" stage.
 */
export async function pipelineForecast(
  db: Kysely<ReadDatabase>,
  filter: Pick<DealFilter, 'ownerId' | 'visibleOwners'> & { by: readonly ForecastDimension[] },
): Promise<Forecast> {
  const { by } = filter;
  const open = (await dealQuery(db, { ...filter, status: 'open' }).execute()).map(toItem).map((deal): ForecastRow => ({
    ...forecastKeys(by, { month: deal.expectedCloseDate?.slice(0, 7) ?? null, ownerId: deal.ownerId, stage: deal.stage }),
    currency: deal.expectedAmount.currency,
    count: 1,
    amount: deal.expectedAmount.amount,
    weighted: weighted(deal.expectedAmount.amount, deal.probability),
  }));
  const won = await pipelineProjection
    .read(db)
    .selectFrom('deal')
    .select((eb) => [
      sql<string>`to_char(closed_at at time zone 'UTC', 'YYYY-MM')`.as('month'),
      'owner_id',
      'won_currency',
      eb.fn.countAll<string>().as('count'),
      eb.fn.sum<string>('won_amount').as('amount'),
    ])
    .where('status', '=', 'won')
    .where((eb) => dealOwnedBy(eb, filter))
    .groupBy(['month', 'owner_id', 'won_currency'])
    .execute();
  return {
    by: [...by],
    open: sumRows(open, (into, row) => ({ ...into, count: into.count + row.count, amount: into.amount + row.amount, weighted: into.weighted + row.weighted })),
    won: sumRows(
      won.map((row): WonRow => ({
        ...forecastKeys(by, { month: row.month, ownerId: row.owner_id, stage: WON_STAGE }),
        currency: row.won_currency ?? '',
        count: Number(row.count),
        amount: Number(row.amount),
      })),
      (into, row) => ({ ...into, count: into.count + row.count, amount: into.amount + row.amount }),
    ),
  };
}
