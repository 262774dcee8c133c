import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
  customerForecast,
  dayOf,
  dayOfDate,
  DAY_MS,
  fitBgNbd,
  fitGammaGamma,
  NotFoundError,
  ValidationError,
  purchaseHistory,
  type CustomerForecast,
  type DatedAmount,
  type ForecastHorizon,
  type GammaGammaFit,
  type PurchaseHistory,
} from '#crm/domain';
import type { ForecastFitModel, ReadDatabase } from '#crm/read-store';
import { analyticsProjection } from '../analytics/analytics.projection.js';

/** A fit as kept and shown: when, over which window and currency, and what the models found. */
export type ForecastFit = {
  id: string;
  fittedAt: Date;
  calibrationStart: string;
  calibrationEnd: string;
  currency: string;
  customers: number;
  durationMs: number;
} & ForecastFitModel;

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Each customer's purchase days in one currency, with the day's spend (minor units). Days are UTC
 * days: purchases on one day are one purchase occasion, as in the published fits. Cancellations
 * and returns do not undo an occasion: the customer still came back to buy.
 */
async function purchaseDays(read: Kysely<ReadDatabase>, currency: string, customerId?: string): Promise<Map<string, DatedAmount[]>> {
  const rows = await analyticsProjection
    .read(read)
    .selectFrom('purchase_fact')
    .select(['customer_id', sql<number>`floor(extract(epoch from occurred_at) / 86400)::integer`.as('day'), sql<string>`sum(amount)`.as('amount')])
    .where('kind', '=', 'purchase')
    // The current version of each purchase: a voided one is superseded and left out.
    .where('superseded_at', 'is', null)
    .where('currency', '=', currency)
    .$if(customerId !== undefined, (qb) => qb.where('customer_id', '=', customerId!))
    .groupBy(['customer_id', 'day'])
    .execute();
  const days = new Map<string, DatedAmount[]>();
  for (const row of rows) {
    const list = days.get(row.customer_id) ?? [];
    list.push({ at: row.day * DAY_MS, amount: Number(row.amount) });
    days.set(row.customer_id, list);
  }
  return days;
}

/** The currency most purchases are in: the models are fitted on one currency's spend. */
async function mainCurrency(read: Kysely<ReadDatabase>): Promise<string | null> {
  const row = await analyticsProjection
    .read(read)
    .selectFrom('purchase_fact')
    .select(['currency', sql<string>`count(*)`.as('purchases')])
    .where('kind', '=', 'purchase')
    .where('superseded_at', 'is', null)
    .groupBy('currency')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('currency')
    .executeTakeFirst();
  return row?.currency ?? null;
}

export type FitOptions = {
  /** The last day (UTC, `YYYY-MM-DD`) whose purchases the fit counts; default today. */
  calibrationEnd?: string;
  now: Date;
};

/**
 * Fits BG/NBD on every customer's purchase days up to the calibration end and Gamma-Gamma on the
 * returning customers' mean spend per repeat day, keeps the fit, and returns it. The Gamma-Gamma
 * part is null when no customer has come back yet.
 */
export async function fitForecast(read: Kysely<ReadDatabase>, { calibrationEnd, now }: FitOptions): Promise<ForecastFit> {
  const started = performance.now();
  const endDay = calibrationEnd === undefined ? dayOf(now.getTime()) : dayOfDate(calibrationEnd);
  if (endDay === null) throw new ValidationError([{ field: 'calibrationEnd', reason: 'must be a date, YYYY-MM-DD' }]);
  const currency = await mainCurrency(read);
  if (currency === null) throw new NotFoundError('purchase', 'any', 'there are no purchases to fit the forecast models on');
  const histories: PurchaseHistory[] = [];
  let firstDay = endDay;
  for (const days of (await purchaseDays(read, currency)).values()) {
    const history = purchaseHistory(days, endDay);
    if (!history) continue;
    histories.push(history);
    firstDay = Math.min(firstDay, endDay - Math.round(history.T * 7));
  }
  if (histories.length === 0) throw new NotFoundError('purchase', 'any', `there are no purchases up to ${isoDay(endDay)} to fit the forecast models on`);
  const bgNbd = fitBgNbd(histories);
  const returning = histories.flatMap(({ x, meanRepeatSpend }) => (meanRepeatSpend !== null && meanRepeatSpend > 0 ? [{ x, m: meanRepeatSpend }] : []));
  const gammaGamma: GammaGammaFit | null = returning.length === 0 ? null : fitGammaGamma(returning);
  const row = {
    id: randomUUID(),
    fitted_at: now,
    calibration_start: isoDay(firstDay),
    calibration_end: isoDay(endDay),
    currency,
    customers: histories.length,
    duration_ms: Math.round(performance.now() - started),
    model: { bgNbd, gammaGamma },
  };
  await read
    .insertInto('forecast_fit')
    .values({ ...row, model: JSON.stringify(row.model) })
    .execute();
  return fitOf(row);
}

function fitOf(row: {
  id: string;
  fitted_at: Date;
  calibration_start: string;
  calibration_end: string;
  currency: string;
  customers: number;
  duration_ms: number;
  model: ForecastFitModel;
}): ForecastFit {
  return {
    id: row.id,
    fittedAt: row.fitted_at,
    calibrationStart: row.calibration_start,
    calibrationEnd: row.calibration_end,
    currency: row.currency,
    customers: row.customers,
    durationMs: row.duration_ms,
    ...row.model,
  };
}

/** The kept fits, newest first: the first is in force. */
export async function forecastFits(read: Kysely<ReadDatabase>, limit: number): Promise<ForecastFit[]> {
  const rows = await read.selectFrom('forecast_fit').selectAll().orderBy('fitted_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(fitOf);
}

export async function latestForecastFit(read: Kysely<ReadDatabase>): Promise<ForecastFit | null> {
  return (await forecastFits(read, 1))[0] ?? null;
}

async function fitInForce(read: Kysely<ReadDatabase>): Promise<ForecastFit> {
  const fit = await latestForecastFit(read);
  if (!fit) throw new NotFoundError('forecast fit', 'latest', 'no forecast fit yet: POST /forecast/fits or run `crm forecast fit`');
  return fit;
}

const modelOf = (fit: ForecastFit) => ({ bgNbd: fit.bgNbd.parameters, gammaGamma: fit.gammaGamma?.parameters ?? null });

/** One customer's forecast under the fit in force: what the models make of its history as of `now`. */
export type CustomerForecastItem = {
  customerId: string;
  /** Repeat purchase days, recency and age in weeks, as of now; null without a purchase in the fit's currency. */
  history: PurchaseHistory | null;
} & (CustomerForecast | { [K in keyof CustomerForecast]: null });

const noForecast = { probabilityAlive: null, expectedPurchases: null, expectedSpend: null, clv: null };

/** Before any fit, `fit` is null and so are the forecast's history and values. */
export async function customerForecastOf(
  read: Kysely<ReadDatabase>,
  customerId: string,
  horizon: ForecastHorizon,
  now: Date,
): Promise<{ fit: ForecastFit | null; forecast: CustomerForecastItem }> {
  // Every registered customer has an owner row (null or not) in the analytics projection.
  const known = await analyticsProjection
    .read(read)
    .selectFrom('customer_owner')
    .select('customer_id')
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!known) throw new NotFoundError('customer', customerId);
  const fit = await latestForecastFit(read);
  if (!fit) return { fit: null, forecast: { customerId, history: null, ...noForecast } };
  const days = (await purchaseDays(read, fit.currency, customerId)).get(customerId) ?? [];
  const history = purchaseHistory(days, dayOf(now.getTime()));
  return { fit, forecast: { customerId, history, ...(history ? customerForecast(modelOf(fit), history, horizon) : noForecast) } };
}

export type ForecastOverviewOptions = ForecastHorizon & { now: Date; limit: number; atRiskBelow: number };

/**
 * Every buyer's forecast under the fit in force, summed up: P(alive) in tenths, the expected
 * purchases and CLV of the whole base, the customers of highest CLV, and those at risk — returning
 * customers whose P(alive) fell below `atRiskBelow`, the biggest past spenders first.
 */
export async function forecastOverview(read: Kysely<ReadDatabase>, options: ForecastOverviewOptions) {
  const fit = await fitInForce(read);
  const model = modelOf(fit);
  const today = dayOf(options.now.getTime());
  const rows: ({ customerId: string; history: PurchaseHistory; spent: number } & CustomerForecast)[] = [];
  for (const [customerId, days] of await purchaseDays(read, fit.currency)) {
    const history = purchaseHistory(days, today);
    if (!history) continue;
    const spent = days.reduce((sum, { amount }) => sum + amount, 0);
    rows.push({ customerId, history, spent, ...customerForecast(model, history, options) });
  }
  const distribution = Array.from({ length: 10 }, (_, tenth) => ({ from: tenth / 10, to: (tenth + 1) / 10, customers: 0 }));
  for (const row of rows) distribution[Math.min(9, Math.floor(row.probabilityAlive * 10))]!.customers += 1;
  return {
    fit,
    customers: rows.length,
    expectedPurchases: rows.reduce((sum, row) => sum + row.expectedPurchases, 0),
    clv: fit.gammaGamma ? rows.reduce((sum, row) => sum + (row.clv ?? 0), 0) : null,
    distribution,
    topClv: fit.gammaGamma ? [...rows].sort((a, b) => b.clv! - a.clv! || a.customerId.localeCompare(b.customerId)).slice(0, options.limit) : [],
    atRisk: rows
      .filter((row) => row.history.x > 0 && row.probabilityAlive < options.atRiskBelow)
      .sort((a, b) => b.spent - a.spent || a.customerId.localeCompare(b.customerId))
      .slice(0, options.limit),
  };
}

export type ForecastOverview = Awaited<ReturnType<typeof forecastOverview>>;
