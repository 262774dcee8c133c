import { sql, type Kysely } from 'kysely';
import { sessionInThisDatabase, type EventStore } from '#crm/event-store';
import type { ProjectionLogger } from './projection-logger.js';
import type { ReadDatabase } from '#crm/read-store';

/** An open write transaction holding back what the log's readers can see. Never its query: that may quote personal data. */
export interface HorizonHold {
  pid: number;
  applicationName: string;
  /** The database it runs in, the CRM's own: the log's horizon leaves out the server's other databases (logHorizon). */
  database: string | null;
  /** When its transaction began. */
  since: string;
  ageMs: number;
}

/** Most holders named at once: the oldest is the one to end, the rest are for the same look. */
const MOST_HOLDS = 5;

/**
 * The PostgreSQL log's readers see an event only once every transaction in the CRM's database that
 * started before it ended (the event store's logHorizon), so any such transaction with a
 * transaction id (one that wrote) open longer than `olderThanMs` stalls every projection, however
 * small its own write. The log and the read models share one database, this one. A read-only transaction
 * (no backend_xid) does not hold the log's snapshot horizon back, only vacuum's, so it is not named.
 * KurrentDB's log has no such horizon: nothing to report.
 */
export async function horizonHolds(store: EventStore, db: Kysely<ReadDatabase>, olderThanMs: number): Promise<HorizonHold[]> {
  if (store.backend !== 'postgresql') return [];
  const { rows } = await sql<{ pid: number; application_name: string; datname: string | null; xact_start: Date; age_ms: number }>`
    select pid, application_name, datname, xact_start,
           (extract(epoch from clock_timestamp() - xact_start) * 1000)::float8 as age_ms
    from pg_stat_activity
    where backend_xid is not null
      and ${sessionInThisDatabase}
      and pid <> pg_backend_pid()
      and xact_start < clock_timestamp() - make_interval(secs => ${olderThanMs / 1000}::float8)
    order by xact_start
    limit ${MOST_HOLDS}`.execute(db);
  return rows.map((row) => ({
    pid: row.pid,
    applicationName: row.application_name,
    database: row.datname,
    since: row.xact_start.toISOString(),
    ageMs: Math.round(row.age_ms),
  }));
}

export function describeHold(hold: HorizonHold): string {
  const name = hold.applicationName ? ` (${hold.applicationName})` : '';
  return `backend ${hold.pid}${name} in ${hold.database ?? 'an unknown database'} has kept a write transaction open for ${Math.round(hold.ageMs / 1000)} s`;
}

/**
 * Logs each hold once, when first seen, and once more when it ends: an operator's log says when
 * an episode began and ended, not the same warning every poll.
 */
export class HorizonWatch {
  /** pid and transaction start of the holds reported and not yet seen ended. */
  private readonly reported = new Map<string, HorizonHold>();

  constructor(
    private readonly store: EventStore,
    private readonly db: Kysely<ReadDatabase>,
    private readonly olderThanMs: number,
    private readonly logger: ProjectionLogger,
  ) {}

  async check(): Promise<void> {
    const holds = await horizonHolds(this.store, this.db, this.olderThanMs);
    const current = new Map(holds.map((hold) => [`${hold.pid}@${hold.since}`, hold]));
    for (const [key, hold] of current) {
      if (this.reported.has(key)) continue;
      this.reported.set(key, hold);
      this.logger.warn(`the log's readers are held back: ${describeHold(hold)}; projections see no event written after it began until it ends`);
    }
    for (const [key, hold] of this.reported) {
      if (current.has(key)) continue;
      this.reported.delete(key);
      this.logger.log(`the log's readers are no longer held back by backend ${hold.pid}`);
    }
  }
}
