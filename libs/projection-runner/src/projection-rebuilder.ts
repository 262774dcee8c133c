import { sql, type Kysely, type Transaction } from 'kysely';
import {
  comparePositions,
  formatPosition,
  START_OF_LOG,
  type EventFilter,
  type EventStore,
  type LogPosition,
  type RecordedEvent,
} from '#crm/event-store';
import { advisoryLockKey, LockKind } from './advisory-lock.js';
import { applyEvents, decodeEvents } from './apply-events.js';
import { piecesOf, runSteps } from './batch-steps.js';
import { PageWindow } from './page-window.js';
import { lockCheckpoint, recordRebuildProgress, recordSwap } from './checkpoint/checkpoint.queries.js';
import { decodeOnce } from './decode-once.js';
import { createEmptySchema, initializeProjection } from './initialize-projection.js';
import { LockSession } from './lock-session.js';
import { commitFindingPoison, type PoisonEvent } from './poison-search.js';
import { projectionSchema, rebuildSchema, type Projection } from './projection.js';
import { toRegistry, type EventDecoder, type ProjectionDependencies } from './projection-dependencies.js';
import type { ProjectionRegistry } from './projection-registry.js';
import { ApplyBatchError, ProjectionFailedError, RebuildInProgressError } from './projection-runner.errors.js';
import { readPage } from './read-page.js';
import { rebuildProgress, type RebuildProgress } from './rebuild-progress.js';
import { advance, type Replay } from './replay.js';
import { createQueryIndexes, migrateReadStore, transactionWithCopy, type CopyIn, type ReadDatabase } from '#crm/read-store';

export interface RebuildOptions {
  onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildAllOptions {
  /** Each projection's own progress, as `rebuild` reports it. */
  onProgress?: (projection: string, progress: RebuildProgress) => void;
}

export interface RebuildResult {
  projection: string;
  eventsApplied: number;
  /** The checkpoint the rebuilt tables took over with. */
  position: string;
  durationMs: number;
  /** The part of durationMs spent in the projection's own transactions (the rest is reading the log and waiting for the others). */
  applyMs: number;
}

export interface ProjectionRebuilderOptions extends ProjectionDependencies {
  /** Events read per page of the log; each projection applies its share of a page in one transaction. */
  pageSize?: number;
  /** Cap on the countAfter behind eventsTotal, which must stay cheap on a long log. */
  countLimit?: number;
  /** Pages a projection may apply ahead of the slowest one in a pass: each is held in memory until the slowest is past it. */
  pagesAhead?: number;
  /** Events a replay applies before its tables are first analyzed (default 10,000); again each time they have grown fourfold. */
  firstAnalyzeAfter?: number;
}

/** See ProjectionRebuilderOptions.firstAnalyzeAfter: a few passes of ANALYZE's fixed-size sample, whatever the log's length. */
const ANALYZE_GROWTH = 4;

// A tail that fails inside the swap transaction is replayed page by page to name the event; this
// bounds the retries when the failure does not repeat.
const SWAP_ATTEMPTS = 3;

/**
 * Rebuilds projections into `proj_<name>__next` while the live schemas keep answering (and the
 * live runner keeps feeding them), then swaps each in one transaction holding its checkpoint row.
 * Several projections rebuild in one pass over the log: each page is read and decoded once and
 * applied by every projection, each in a transaction of its own and at its own pace (PageWindow).
 */
export class ProjectionRebuilder {
  private readonly store: EventStore;
  private readonly db: Kysely<ReadDatabase>;
  private readonly registry: ProjectionRegistry;
  private readonly decode: EventDecoder | undefined;
  private readonly pageSize: number;
  private readonly countLimit: number;
  private readonly pagesAhead: number;
  private readonly firstAnalyzeAfter: number;

  constructor(options: ProjectionRebuilderOptions) {
    this.store = options.store;
    this.db = options.db;
    this.registry = toRegistry(options.projections);
    this.decode = options.decode;
    // Fewer, larger transactions replay faster; 2,500 rows of the widest insert (timeline, 14
    // columns) stay well under PostgreSQL's 65,535 parameters per statement.
    this.pageSize = options.pageSize ?? 2500;
    this.countLimit = options.countLimit ?? 1_000_000;
    this.pagesAhead = options.pagesAhead ?? 4;
    this.firstAnalyzeAfter = options.firstAnalyzeAfter ?? 10_000;
  }

  async rebuild(name: string, options: RebuildOptions = {}): Promise<RebuildResult> {
    const [result] = await this.rebuildLocking([this.registry.get(name)], () => options.onProgress);
    return result;
  }

  /**
   * Every projection named (by default every registered one) in one pass over the log. A projection
   * that throws on an event is left as it was while the others go on and swap; then its
   * ProjectionFailedError is thrown.
   */
  async rebuildAll(names?: string[], options: RebuildAllOptions = {}): Promise<RebuildResult[]> {
    const projections = names ? names.map((name) => this.registry.get(name)) : this.registry.all();
    const { onProgress } = options;
    return this.rebuildLocking(projections, (name) => onProgress && ((progress) => onProgress(name, progress)));
  }

  private async rebuildLocking(
    projections: Projection[],
    progressOf: (name: string) => RebuildOptions['onProgress'],
  ): Promise<RebuildResult[]> {
    await migrateReadStore(this.db);
    for (const projection of projections) await initializeProjection(this.db, projection);
    const session = await LockSession.open(this.db);
    try {
      for (const { name } of projections) {
        if (!(await session.tryLock(advisoryLockKey(LockKind.rebuild, name)))) throw new RebuildInProgressError(name);
      }
      return await this.rebuildLocked(projections, progressOf);
    } finally {
      await session.close();
    }
  }

  private async rebuildLocked(projections: Projection[], progressOf: (name: string) => RebuildOptions['onProgress']): Promise<RebuildResult[]> {
    const replays: Replay[] = [];
    const decode = this.decode && decodeOnce(this.decode);
    try {
      for (const projection of projections) replays.push(await this.startReplay(projection, progressOf(projection.name)));
      await this.catchUp(replays, decode);
      const outcomes = await Promise.allSettled(replays.map((replay) => this.finish(replay, decode)));
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    } catch (error) {
      for (const replay of replays) if (!replay.swapped) await this.abandon(replay);
      throw error;
    }
    return replays.map((replay) => ({
      projection: replay.projection.name,
      eventsApplied: replay.eventsDone,
      position: formatPosition(replay.position),
      durationMs: Date.now() - replay.startedAt.getTime(),
      applyMs: Math.round(replay.applyMs),
    }));
  }

  private async startReplay(projection: Projection, onProgress: RebuildOptions['onProgress']): Promise<Replay> {
    const schema = rebuildSchema(projection.name);
    await createEmptySchema(this.db, schema, projection, { withoutQueryIndexes: true });
    await this.setPersistence(schema, 'unlogged');
    const eventsTotal = await this.store.countAfter({ filter: { eventTypes: projection.eventTypes }, limit: this.countLimit });
    const replay: Replay = {
      projection,
      handles: new Set(projection.eventTypes),
      schema,
      position: START_OF_LOG,
      eventsDone: 0,
      lastEventRecordedAt: null,
      startedAt: new Date(),
      eventsTotal,
      analyzeAfter: this.firstAnalyzeAfter,
      applyMs: 0,
      failure: null,
      swapped: false,
      completed: false,
      onProgress,
    };
    await this.report(replay);
    return replay;
  }

  private async abandon(replay: Replay): Promise<void> {
    await sql`drop schema if exists ${sql.id(replay.schema)} cascade`.execute(this.db);
    await recordRebuildProgress(this.db, replay.projection.name, null);
  }

  private progressOf(replay: Replay): RebuildProgress {
    return rebuildProgress(replay.eventsDone, replay.eventsTotal, Date.now() - replay.startedAt.getTime());
  }

  private async report(replay: Replay): Promise<void> {
    const progress = this.progressOf(replay);
    await recordRebuildProgress(this.db, replay.projection.name, {
      startedAt: replay.startedAt,
      eventsDone: progress.eventsDone,
      eventsTotal: progress.eventsTotal,
    });
    replay.onProgress?.(progress);
  }

  /** Swaps the rebuilt schema in, replaying again what the swap's tail threw on to name the event. */
  private async finish(replay: Replay, decode: EventDecoder | undefined): Promise<void> {
    if (!replay.failure) {
      await this.complete(replay);
      await this.analyze(replay.schema);
    }
    for (let attempt = 1; ; attempt++) {
      if (replay.failure) throw replay.failure;
      if (await this.trySwap(replay, decode)) break;
      if (attempt === SWAP_ATTEMPTS) {
        throw new Error(`projection ${replay.projection.name}: the swap kept failing while its events apply one page at a time`);
      }
      await this.catchUp([replay], decode);
    }
    replay.onProgress?.(this.progressOf(replay));
  }

  /**
   * The projection's bulk work after the replay, its tables made crash-safe, and then its query-only
   * indexes built, each in one sorted pass rather than row by row through the replay (and after
   * SET LOGGED, which would rebuild them): counted in its apply time.
   */
  private async complete(replay: Replay): Promise<void> {
    const { projection, schema } = replay;
    const { completeRebuild } = projection;
    const started = performance.now();
    if (completeRebuild) await this.unsyncedTransaction((trx) => completeRebuild.call(projection, trx, { schema }));
    await this.setPersistence(schema, 'logged');
    await this.db.transaction().execute(async (trx) => {
      await sql`set local maintenance_work_mem = '128MB'`.execute(trx);
      await createQueryIndexes<ReadDatabase>(trx, projection.tables, schema);
    });
    replay.applyMs += performance.now() - started;
    replay.completed = true;
  }

  /**
   * The replay writes into unlogged tables: a crash loses `__next` anyway, and the write-ahead log
   * of every row, index entry and rewritten row was much of PostgreSQL's share of a rebuild. Set
   * logged before the swap, each table goes to the log once, as it ends up, in one sequential pass.
   */
  private async setPersistence(schema: string, persistence: 'logged' | 'unlogged'): Promise<void> {
    const { rows } = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = ${schema}`.execute(this.db);
    for (const { tablename } of rows) await sql`alter table ${sql.id(schema, tablename)} set ${sql.raw(persistence)}`.execute(this.db);
  }

  /**
   * Tables filled in one pass have no planner statistics until autovacuum gets to them: swapped in
   * like that, a million-event rebuild left the live runner's lookups on guessed plans and 7 s
   * behind for its first 15 s. Outside the swap, which holds the checkpoint row.
   */
  private async analyze(schema: string): Promise<void> {
    const { rows } = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = ${schema}`.execute(this.db);
    for (const { tablename } of rows) await sql`analyze ${sql.id(schema, tablename)}`.execute(this.db);
  }

  /**
   * Replays page by page until a page comes back short (the head is near). Each page of the events
   * any of them handles is read and decoded once; each projection applies the pages in order at
   * its own pace, up to `pagesAhead` pages ahead of the slowest.
   */
  private async catchUp(replays: Replay[], decode: EventDecoder | undefined): Promise<void> {
    const active = replays.filter((replay) => !replay.failure);
    if (active.length === 0) return;
    const filter: EventFilter = { eventTypes: [...new Set(active.flatMap((replay) => replay.projection.eventTypes))] };
    const start = active.map((replay) => replay.position).reduce((a, b) => (comparePositions(a, b) <= 0 ? a : b));
    const window = new PageWindow(start, (after: LogPosition) => this.readAhead(after, filter, decode), active, {
      pageSize: this.pageSize,
      ahead: this.pagesAhead,
    });
    let stopped = false;
    const outcomes = await Promise.allSettled(
      active.map(async (replay) => {
        try {
          for (let index = 0; !stopped; index++) {
            const page = await window.page(index);
            await this.applyPage(replay, page, decode);
            if (replay.failure || page.length < this.pageSize) return;
            window.finished(replay);
          }
        } catch (error) {
          stopped = true;
          throw error;
        } finally {
          window.leave(replay);
        }
      }),
    );
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private readAhead(after: LogPosition, filter: EventFilter, decode: EventDecoder | undefined): Promise<RecordedEvent[]> {
    return readPage(this.store, after, filter, this.pageSize).then((events) => {
      if (decode) for (const event of events) void decode(event);
      return events;
    });
  }

  /** The replay's share of the page, in one transaction; a poison event ends the replay, not the pass. */
  private async applyPage(replay: Replay, page: RecordedEvent[], decode: EventDecoder | undefined): Promise<void> {
    const events = page.filter((event) => replay.handles.has(event.type) && comparePositions(event.position, replay.position) > 0);
    if (events.length === 0) return;
    const started = performance.now();
    let poison: PoisonEvent | null = null;
    for (const piece of piecesOf(replay.projection, events)) {
      poison = await commitFindingPoison(piece, async (batch) => {
        // Decoded before the transaction: the decoder may need a connection of the same pool for keys.
        const decoded = await decodeEvents(replay.projection, batch, decode);
        const { schema } = replay;
        await this.unsyncedTransaction((trx, copyIn) =>
          applyEvents(replay.projection, trx, decoded, replay.completed ? { schema } : { schema, rebuilding: true, copyIn }, undefined),
        );
        advance(replay, batch);
      });
      if (poison) break;
      await runSteps(replay.projection, replay.schema, (work) => this.unsyncedTransaction(work), { rebuilding: !replay.completed });
    }
    // Tables that grow from empty keep the planner's guesses for an empty table (autovacuum may be
    // off, or a minute away): a projection reading its own rows back by customer got a full scan
    // per page, and valid_time's replay of a million events went quadratic.
    if (!poison && replay.eventsDone >= replay.analyzeAfter) {
      await this.analyze(replay.schema);
      replay.analyzeAfter = replay.eventsDone * ANALYZE_GROWTH;
    }
    replay.applyMs += performance.now() - started;
    if (poison) {
      replay.failure = new ProjectionFailedError(replay.projection.name, {
        position: formatPosition(poison.event.position),
        eventId: poison.event.id,
        eventType: poison.event.type,
        message: (poison.error as Error)?.message ?? String(poison.error),
      });
      return;
    }
    await this.report(replay);
  }

  /**
   * A crash loses the whole `__next` schema anyway (a rebuild starts over), so its commits need not
   * wait for the disk; the swap's does. Its work may COPY into the replay's tables.
   */
  private async unsyncedTransaction(work: (trx: Transaction<ReadDatabase>, copyIn: CopyIn | undefined) => Promise<void>): Promise<void> {
    await transactionWithCopy(this.db, async (trx, copyIn) => {
      await sql`set local synchronous_commit = off`.execute(trx);
      await work(trx, copyIn);
    });
  }

  /**
   * Holding the checkpoint row (the live runner waits on it), applies the last events and puts the
   * rebuilt schema in the live one's place. False when the projection threw on the tail.
   */
  private async trySwap(replay: Replay, decode: EventDecoder | undefined): Promise<boolean> {
    const { projection } = replay;
    const live = projectionSchema(projection.name);
    const tail = { ...replay };
    try {
      await this.db.transaction().execute(async (trx) => {
        const row = await lockCheckpoint(trx, projection.name);
        // Up to the head as it is now: later events are the live runner's, so a busy log cannot
        // keep the swap (and the live runner waiting on it) going forever.
        const head = await this.store.headPosition();
        while (head && comparePositions(tail.position, head) < 0) {
          const page = await readPage(this.store, tail.position, { eventTypes: projection.eventTypes }, this.pageSize);
          const upToHead = page.filter((event) => comparePositions(event.position, head) <= 0);
          if (upToHead.length === 0) break;
          for (const piece of piecesOf(projection, upToHead)) {
            await applyEvents(projection, trx, piece, { schema: replay.schema }, decode);
            // The tail is short: its steps share the swap's transaction.
            await runSteps(projection, replay.schema, (work) => work(trx));
          }
          advance(tail, upToHead);
          if (upToHead.length < page.length || page.length < this.pageSize) break;
        }
        await sql`drop schema if exists ${sql.id(live)} cascade`.execute(trx);
        await sql`alter schema ${sql.id(replay.schema)} rename to ${sql.id(live)}`.execute(trx);
        await recordSwap(trx, projection.name, {
          version: projection.version,
          position: tail.position,
          eventsApplied: tail.eventsDone,
          lastEventRecordedAt: tail.lastEventRecordedAt,
          failed: row?.state === 'failed',
        });
      });
    } catch (error) {
      if (error instanceof ApplyBatchError) return false;
      throw error;
    }
    Object.assign(replay, tail, { swapped: true });
    return true;
  }
}
