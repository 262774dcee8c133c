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
