import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type {
  AppendResult,
  AppendTransaction,
  EventFilter,
  EventStore,
  EventSubscription,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
  SubscribeOptions,
} from '../event-store.port.js';
import type { LogPosition } from '../log-position.js';
import { appendOneByOne } from '../append-one-by-one.js';
import { AppendListener } from './append-listener.js';
import { AppendNotifier } from './append-notifier.js';
import { appendEventsOnPool } from './append-events.js';
import { PostgresAppendTransaction } from './append-transaction.js';
import { appendToStreamsAtOnce } from './append-to-streams.js';
import { validateAppend, validateAppends, validateCount, validateFilter, validateReadAll, validateReadStream } from '../event-store-input.validation.js';
import { migrateEventStore } from './event-store.migrations.js';
import type { EventStoreTables } from './event-store.tables.js';
import { matchesFilter, positionAfter, readableNow } from './log-conditions.js';
import { readLogPage } from './log-page.query.js';
import { PostgresSubscription } from './postgres-subscription.js';
import { asUnavailable, describeServer, survivingLostClients } from './postgres-unavailable.js';
import { readStreamPage } from './stream-page.query.js';

const READ_PAGE_SIZE = 500;
const STREAMS_PER_TRANSACTION = 500;
/** Events in a bulk append's first group; later groups are sized from how long the previous one took. */
const FIRST_GROUP_EVENTS = 1_000;
const MAX_GROUP_EVENTS = 50_000;
const CONNECT_TIMEOUT_MS = 10_000;

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** Connections for appends and reads; subscriptions share one more for LISTEN. Default 10. */
  poolSize?: number;
  /**
   * How long one transaction of a bulk append (appendToStreams) should last; default 250 ms. Every
   * reader of the log waits for the oldest open transaction, so a bulk load's groups are sized by
   * time, not by count: fewer events per group on a busy server, more on an idle one.
   */
  groupTargetMs?: number;
}

/** The event log in PostgreSQL: see README.md beside this file for the layout and its reasons. */
export class PostgresEventStore implements EventStore {
  readonly backend = 'postgresql' as const;
  private readonly subscriptions = new Set<PostgresSubscription>();
  /** Events the next bulk group may hold: learnt from the last group's duration. */
  private groupEvents = FIRST_GROUP_EVENTS;

  private constructor(
    private readonly db: Kysely<EventStoreTables>,
    private readonly pool: pg.Pool,
    private readonly notifier: AppendNotifier,
    private readonly listener: AppendListener,
    private readonly where: string,
    private readonly groupTargetMs: number,
  ) {}

  /** Connects and brings the schema up to date; throws EventStoreUnavailableError if unreachable. */
  static async connect(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    validateCount('poolSize', options.poolSize, { min: 1 });
    validateCount('groupTargetMs', options.groupTargetMs, { min: 0 });
    const where = describeServer(options.connectionString);
    const pool = survivingLostClients(
      new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
    );
    const db = new Kysely<EventStoreTables>({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrateEventStore(db);
    } catch (error) {
      await db.destroy().catch(() => undefined);
      throw asUnavailable(error, where);
    }
    return new PostgresEventStore(db, pool, new AppendNotifier(pool), new AppendListener(options.connectionString, where), where, options.groupTargetMs ?? 250);
  }

  async appendToStream(
    streamName: string,
    events: EventToAppend[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    validateAppend(streamName, events, expected);
    const result = await this.unavailableAsTyped(() => appendEventsOnPool(this.pool, streamName, events, expected));
    this.notifier.appended(result.position.commit);
    return result;
  }

  beginTransaction(): Promise<AppendTransaction> {
    return PostgresAppendTransaction.begin(this.pool, this.notifier, this.where);
  }

  async appendToStreams(appends: StreamAppend[]): Promise<AppendResult[]> {
    validateAppends(appends);
    const results: AppendResult[] = [];
    // Each stream holds an advisory lock until commit, and the server's lock table is shared and
    // small (max_locks_per_transaction × max_connections): thousands of streams in one transaction
    // run it out of shared memory. Groups commit one after another, as the port allows.
    for (let start = 0; start < appends.length; ) {
      let end = start + 1;
      let events = appends[start].events.length;
      while (end < appends.length && end - start < STREAMS_PER_TRANSACTION && events + appends[end].events.length <= this.groupEvents) {
        events += appends[end++].events.length;
      }
      const started = performance.now();
      results.push(...(await this.appendGroup(appends.slice(start, end))));
      this.resizeGroups(events, performance.now() - started);
      start = end;
    }
    return results;
  }

  /** Aims the next group at groupTargetMs at the rate this one went; at most doubling, so one quick group does not overshoot. */
  private resizeGroups(events: number, elapsedMs: number): void {
    // A short call's last group is small by nature: its time says little about a full group's.
    if (events < this.groupEvents && elapsedMs < this.groupTargetMs) return;
    const fitting = elapsedMs > 0 ? Math.floor((events * this.groupTargetMs) / elapsedMs) : MAX_GROUP_EVENTS;
    this.groupEvents = Math.max(1, Math.min(fitting, this.groupEvents * 2, MAX_GROUP_EVENTS));
  }

  private async appendGroup(appends: StreamAppend[]): Promise<AppendResult[]> {
    const results = await this.unavailableAsTyped(() => appendToStreamsAtOnce(this.pool, appends));
    // some ids are in the log already: the single append tells a retry from a reuse, stream by stream
    if (!results) return appendOneByOne(this, appends);
    this.notifier.appended(results[0].position.commit);
    return results;
  }

  async *readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    validateReadStream(streamName, options);
    const direction = options.direction ?? 'forwards';
    let fromRevision = options.fromRevision;
    let remaining = options.maxCount ?? Infinity;
    while (remaining > 0) {
      const limit = Math.min(remaining, READ_PAGE_SIZE);
      const page = await this.unavailableAsTyped(() => readStreamPage(this.db, { streamName, direction, fromRevision, limit }));
      yield* page;
      remaining -= page.length;
      if (page.length < limit) return;
      const last = page[page.length - 1].revision;
      if (direction === 'backwards' && last === 0n) return;
      fromRevision = direction === 'forwards' ? last + 1n : last - 1n;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    validateReadAll(options);
    let after = options.after;
    let remaining = options.maxCount ?? Infinity;
    while (remaining > 0) {
      const limit = Math.min(remaining, READ_PAGE_SIZE);
      const { events } = await this.unavailableAsTyped(() => readLogPage(this.db, after, options.filter, limit));
      yield* events;
      remaining -= events.length;
      if (events.length < limit) return;
      after = events[events.length - 1].position;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    validateFilter(options.filter);
    const subscription = new PostgresSubscription(
      { db: this.db, listener: this.listener, where: this.where, onClosed: (closed) => this.subscriptions.delete(closed) },
      options,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<LogPosition | null> {
    const row = await this.unavailableAsTyped(() =>
      this.db
        .selectFrom('events')
        .select(['transaction_id', 'position'])
        .where(readableNow)
        .orderBy('transaction_id', 'desc')
        .orderBy('position', 'desc')
        .limit(1)
        .executeTakeFirst(),
    );
    return row ? { commit: BigInt(row.transaction_id), prepare: BigInt(row.position) } : null;
  }

  async countAfter(options: { after?: LogPosition; filter?: EventFilter; limit: number }): Promise<number> {
    validateFilter(options.filter);
    validateCount('limit', options.limit, { min: 0 });
    const row = await this.unavailableAsTyped(() =>
      this.db
        .selectFrom((eb) =>
          eb
            .selectFrom('events')
            .select(sql<number>`1`.as('one'))
            .where(readableNow)
            .where(positionAfter(options.after))
            .where(matchesFilter(options.filter))
            .limit(options.limit)
            .as('bounded'),
        )
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .executeTakeFirstOrThrow(),
    );
    return Number(row.count);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.notifier.settled();
    await this.listener.close();
    await this.db.destroy();
  }

  private async unavailableAsTyped<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw asUnavailable(error, this.where);
    }
  }
}
