import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { unreachableMessage } from '#crm/config';
import { isConnectionFailure, survivingLostClients } from '#crm/event-store';
import { poolOf, type ReadDatabase } from '#crm/read-store';
import { describePostgresUrl } from './postgres-url.js';

/** After a failed connection, reads stay on the primary this long before the replica is tried again. */
const RETRY_AFTER_MS = 5_000;
/** How often a consistent read looks at the replica's replay position while it waits. */
const REPLAY_POLL_MS = 10;

/** How far the replica's replay is behind the primary, measured now. */
export interface ReplicaLag {
  /** WAL the primary has written that the replica has not replayed yet. */
  replayLagBytes: number;
  /** 0 when caught up; otherwise the age of the last transaction the replica replayed. */
  replayLagMs: number;
  /** Replay stopped by pg_wal_replay_pause(): the replica stays where it is until resumed. */
  replayPaused: boolean;
}

/**
 * A query the replica was running when it went away (stopped, crashed, network cut). Coded
 * UNAVAILABLE, so an answer that cannot be retried is a 503 naming the replica, never a 500; the
 * api retries a read that has sent nothing yet on the primary (ConsistentReadInterceptor).
 */
export class ReplicaLostError extends Error {
  readonly code = 'UNAVAILABLE';

  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'ReplicaLostError';
  }
}

/**
 * READ_DATABASE_URL: a streaming replica for read-model queries. `db` is what query services get
 * (QUERY_DB): each connection comes from the replica's pool, unless the caller runs `onPrimary`
 * (a consistent read the replica did not catch up with in time) or the replica is unreachable;
 * then from the primary's read pool, so a replica that is down slows nothing and breaks no read.
 */
export class ReadReplica {
  readonly db: Kysely<ReadDatabase>;
  /** host:port/database, never credentials. */
  readonly where: string;
  private readonly replicaPool: pg.Pool;
  private readonly primaryOnly = new AsyncLocalStorage<true>();
  private readonly watched = new WeakSet<pg.PoolClient>();
  private readonly logger = new Logger('ReadReplica');
  private retryAt = 0;
  private unreachable: string | null = null;

  constructor(
    url: string,
    private readonly primary: Kysely<ReadDatabase>,
    options: { maxConnections: number },
  ) {
    this.where = describePostgresUrl(url);
    const primaryPool = poolOf(primary);
    if (!primaryPool) throw new Error('the primary read store has no pool of its own (createReadDb)');
    this.replicaPool = survivingLostClients(new pg.Pool({ connectionString: url, max: options.maxConnections, connectionTimeoutMillis: 2000, application_name: 'crm-read-replica' }));
    // Both pools belong to others: this one to close(), the primary's to whoever created it.
    const route = { connect: () => this.connect(primaryPool), end: async () => undefined };
    this.db = new Kysely<ReadDatabase>({ dialect: new PostgresDialect({ pool: route }) });
  }

  /** Ends the replica's connections; the primary's pool stays open. */
  async close(): Promise<void> {
    await this.db.destroy();
    await this.replicaPool.end();
  }

  /** Runs `work` with every query of `db` it makes, however deep, on the primary. */
  onPrimary<T>(work: () => T): T {
    return this.primaryOnly.run(true, work);
  }

  /**
   * True once the replica has replayed the primary's WAL up to `lsn`; false when it has not within
   * `timeoutMs` or cannot be reached, and the read should go to the primary.
   */
  async replayed(lsn: string, timeoutMs: number): Promise<boolean> {
    if (Date.now() < this.retryAt) return false;
    const deadline = Date.now() + timeoutMs;
    try {
      for (;;) {
        const { rows } = await this.replicaPool.query<{ replayed: boolean | null }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as replayed', [lsn]);
        this.reachable();
        if (rows[0]?.replayed) return true;
        if (Date.now() + REPLAY_POLL_MS > deadline) return false;
        await delay(REPLAY_POLL_MS);
      }
    } catch (error) {
      this.lost(error);
      return false;
    }
  }

  /** The primary's WAL position now: written after every commit that has returned. */
  async primaryPosition(): Promise<string> {
    return (await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(this.primary)).rows[0].lsn;
  }

  /** The replica's replay lag; rejects with one line naming the replica when it cannot be asked. */
  async lag(): Promise<ReplicaLag> {
    const primaryLsn = await this.primaryPosition();
    let row: { bytes: string | null; ms: number | null; paused: boolean | null };
    try {
      const { rows } = await this.replicaPool.query<typeof row>(
        `select greatest(pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn()), 0)::text as bytes,
                extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000 as ms,
                case when pg_is_in_recovery() then pg_is_wal_replay_paused() end as paused`,
        [primaryLsn],
      );
      row = rows[0];
    } catch (error) {
      this.lost(error);
      throw new Error(unreachableMessage('read replica', this.where, error));
    }
    this.reachable();
    if (row.bytes === null) throw new Error(`read replica at ${this.where} is not a standby: it replays no WAL`);
    const replayLagBytes = Number(row.bytes);
    return { replayLagBytes, replayLagMs: replayLagBytes === 0 ? 0 : Math.max(0, Math.round(Number(row.ms ?? 0))), replayPaused: row.paused === true };
  }

  private async connect(primaryPool: pg.Pool): Promise<pg.PoolClient> {
    if (this.primaryOnly.getStore() || Date.now() < this.retryAt) return primaryPool.connect();
    try {
      const client = await this.replicaPool.connect();
      this.reachable();
      return this.watch(client);
    } catch (error) {
      this.lost(error);
      return primaryPool.connect();
    }
  }

  /** Turns the loss of the replica under a running query into ReplicaLostError; pooled clients are wrapped once. */
  private watch(client: pg.PoolClient): pg.PoolClient {
    if (this.watched.has(client)) return client;
    this.watched.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const watched = (...args: unknown[]): unknown => {
      const result = query(...args);
      // A cursor (a Submittable) reports its errors through its own callbacks, not a promise.
      if (!isPromise(result)) return result;
      return result.catch((error: unknown) => {
        if (!isConnectionFailure(error)) throw error;
        this.lost(error);
        throw new ReplicaLostError(`${unreachableMessage('read replica', this.where, error)}; reads go to the primary, retry`, { cause: error });
      });
    };
    client.query = watched as typeof client.query;
    return client;
  }

  private lost(error: unknown): void {
    const message = unreachableMessage('read replica', this.where, error);
    this.retryAt = Date.now() + RETRY_AFTER_MS;
    if (this.unreachable === null) this.logger.warn(`${message}; reads go to the primary until it answers`);
    this.unreachable = message;
  }

  private reachable(): void {
    this.retryAt = 0;
    if (this.unreachable === null) return;
    this.unreachable = null;
    this.logger.log(`read replica at ${this.where} answers again; reads go to it`);
  }
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
