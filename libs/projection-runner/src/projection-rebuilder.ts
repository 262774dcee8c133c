import { sql, type Kysely } from 'kysely';
import { comparePositions, formatPosition, START_OF_LOG, type EventStore, type LogPosition, type RecordedEvent } from '@crm/event-store';
import { advisoryLockKey, LockKind } from './advisory-lock.js';
import { applyEvents } from './apply-events.js';
import { lockCheckpoint, recordRebuildProgress, recordSwap } from './checkpoint/checkpoint.queries.js';
import { createEmptySchema, initializeProjection } from './initialize-projection.js';
import { LockSession } from './lock-session.js';
import { migrateProjectionRunner } from './migrate-projection-runner.js';
import { commitFindingPoison } from './poison-search.js';
import { projectionSchema, rebuildSchema, type Projection } from './projection.js';
import { toRegistry, type EventDecoder, type ProjectionDependencies } from './projection-dependencies.js';
import type { ProjectionRegistry } from './projection-registry.js';
import { ApplyBatchError, ProjectionFailedError, RebuildInProgressError } from './projection-runner.errors.js';
import { readPage } from './read-page.js';
import { rebuildProgress, type RebuildProgress } from './rebuild-progress.js';

export interface RebuildOptions {
  onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  projection: string;
  eventsApplied: number;
  /** The checkpoint the rebuilt tables took over with. */
  position: string;
  durationMs: number;
}

export interface ProjectionRebuilderOptions extends ProjectionDependencies {
  /** Events read and applied per transaction while replaying. */
  pageSize?: number;
  /** Cap on the countAfter behind eventsTotal, which must stay cheap on a long log. */
  countLimit?: number;
}

// A tail that fails inside the swap transaction is replayed page by page to name the event; this
// bounds the retries when the failure does not repeat.
const SWAP_ATTEMPTS = 3;

interface Replay {
  projection: Projection;
  schema: string;
  position: LogPosition;
  eventsDone: number;
  lastEventRecordedAt: Date | null;
}

/**
 * Rebuilds a projection into `proj_<name>__next` while the live schema keeps answering (and the
 * live runner keeps feeding it), then swaps the two in one transaction holding the checkpoint row.
 */
export class ProjectionRebuilder {
  private readonly store: EventStore;
  private readonly db: Kysely<any>;
  private readonly registry: ProjectionRegistry;
  private readonly decode: EventDecoder | undefined;
  private readonly pageSize: number;
  private readonly countLimit: number;

  constructor(options: ProjectionRebuilderOptions) {
    this.store = options.store;
    this.db = options.db;
    this.registry = toRegistry(options.projections);
    this.decode = options.decode;
    this.pageSize = options.pageSize ?? 1000;
    this.countLimit = options.countLimit ?? 1_000_000;
  }

  async rebuild(name: string, options: RebuildOptions = {}): Promise<RebuildResult> {
    const projection = this.registry.get(name);
    await migrateProjectionRunner(this.db);
    await initializeProjection(this.db, projection);
    const session = await LockSession.open(this.db);
    try {
      if (!(await session.tryLock(advisoryLockKey(LockKind.rebuild, name)))) throw new RebuildInProgressError(name);
      return await this.rebuildLocked(projection, options);
    } finally {
      await session.close();
    }
  }

  private async rebuildLocked(projection: Projection, options: RebuildOptions): Promise<RebuildResult> {
    const startedAt = new Date();
    const replay: Replay = {
      projection,
      schema: rebuildSchema(projection.name),
      position: START_OF_LOG,
      eventsDone: 0,
      lastEventRecordedAt: null,
    };
    await createEmptySchema(this.db, replay.schema, projection);
    const eventsTotal = await this.store.countAfter({ filter: { eventTypes: projection.eventTypes }, limit: this.countLimit });
    const report = async () => {
      const progress = rebuildProgress(replay.eventsDone, eventsTotal, Date.now() - startedAt.getTime());
      await recordRebuildProgress(this.db, projection.name, { startedAt, eventsDone: progress.eventsDone, eventsTotal: progress.eventsTotal });
      options.onProgress?.(progress);
    };
    try {
      await report();
      for (let attempt = 1; ; attempt++) {
        await this.catchUp(replay, report);
        if (await this.trySwap(replay)) break;
        if (attempt === SWAP_ATTEMPTS) throw new Error(`projection ${projection.name}: the swap kept failing while its events apply one page at a time`);
      }
      options.onProgress?.(rebuildProgress(replay.eventsDone, eventsTotal, Date.now() - startedAt.getTime()));
    } catch (error) {
      await sql`drop schema if exists ${sql.id(replay.schema)} cascade`.execute(this.db);
      await recordRebuildProgress(this.db, projection.name, null);
      throw error;
    }
    return {
      projection: projection.name,
      eventsApplied: replay.eventsDone,
      position: formatPosition(replay.position),
      durationMs: Date.now() - startedAt.getTime(),
    };
  }

  /** Replays page by page, one transaction each, until a page comes back short: the head is near. */
  private async catchUp(replay: Replay, report: () => Promise<void>): Promise<void> {
    const filter = { eventTypes: replay.projection.eventTypes };
    for (;;) {
      const page = await readPage(this.store, replay.position, filter, this.pageSize);
      if (page.length === 0) return;
      const poison = await commitFindingPoison(page, async (events) => {
        await this.db.transaction().execute((trx) => applyEvents(replay.projection, trx, events, replay.schema, this.decode));
        advance(replay, events);
      });
      if (poison) {
        throw new ProjectionFailedError(replay.projection.name, {
          position: formatPosition(poison.event.position),
          eventId: poison.event.id,
          eventType: poison.event.type,
          message: (poison.error as Error)?.message ?? String(poison.error),
        });
      }
      await report();
      if (page.length < this.pageSize) return;
    }
  }

  /**
   * Holding the checkpoint row (the live runner waits on it), applies the last events and puts the
   * rebuilt schema in the live one's place. False when the projection threw on the tail.
   */
  private async trySwap(replay: Replay): Promise<boolean> {
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
          await applyEvents(projection, trx, upToHead, replay.schema, this.decode);
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
    Object.assign(replay, tail);
    return true;
  }
}

function advance(replay: Replay, events: RecordedEvent[]): void {
  const last = events.at(-1)!;
  replay.position = last.position;
  replay.eventsDone += events.length;
  replay.lastEventRecordedAt = last.recordedAt;
}
