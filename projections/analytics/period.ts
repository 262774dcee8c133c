import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** A half-open interval [from, to); either end may be open. */
export interface Period {
  from?: Date;
  to?: Date;
}

export function inPeriod(column: string, period: Period): RawBuilder<SqlBool> {
  const bounds = [
    ...(period.from ? [sql`${sql.ref(column)} >= ${period.from}`] : []),
    ...(period.to ? [sql`${sql.ref(column)} < ${period.to}`] : []),
  ];
  return bounds.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`(${sql.join(bounds, sql` and `)})`;
}

/** The recorded axis of a report (docs/time-travel.md): with `asOf`, only what the CRM had recorded by then. */
export interface RecordedAxis {
  asOf?: Date;
}

/**
 * The version of each fact a report reads: the one current now, or, as of T, the one recorded by
 * T and not superseded by T — so facts recorded after T, and voids and corrections recorded after
 * T, are left out.
 */
export function knownAt(alias: string, { asOf }: RecordedAxis): RawBuilder<SqlBool> {
  const superseded = sql.ref(`${alias}.superseded_at`);
  if (asOf === undefined) return sql<SqlBool>`${superseded} is null`;
  return sql<SqlBool>`(${sql.ref(`${alias}.recorded_at`)} <= ${asOf} and (${superseded} is null or ${superseded} > ${asOf}))`;
}

/** A report of the figures current now over all time: what the per-customer rollups hold. */
export const isCurrentAllTime = (period: Period & RecordedAxis) => period.asOf === undefined && period.from === undefined && period.to === undefined;

/**
 * A period cut at the boundaries of a rollup's buckets (`grainMs` from the epoch: UTC hours, UTC
 * days): `whole`, the buckets inside it, which a rollup answers, or null when there is none; and
 * `ends`, the parts before the first and after the last whole bucket, which the facts answer.
 */
export function splitPeriod(period: Period, grainMs: number): { whole: Period | null; ends: Period[] } {
  const ceil = period.from && new Date(Math.ceil(period.from.getTime() / grainMs) * grainMs);
  const floor = period.to && new Date(Math.floor(period.to.getTime() / grainMs) * grainMs);
  if (ceil && floor && ceil >= floor) return { whole: null, ends: [period] };
  const ends = [
    ...(period.from && ceil! > period.from ? [{ from: period.from, to: ceil }] : []),
    ...(period.to && floor! < period.to ? [{ from: floor, to: period.to }] : []),
  ];
  return { whole: { from: ceil, to: floor }, ends };
}

/** In any of `periods`; false when there is none. */
export function inPeriods(column: string, periods: Period[]): RawBuilder<SqlBool> {
  return periods.length === 0 ? sql<SqlBool>`false` : sql<SqlBool>`(${sql.join(periods.map((period) => inPeriod(column, period)), sql` or `)})`;
}
