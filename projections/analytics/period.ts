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
