import type { Kysely } from 'kysely';
import { formatPosition, type EventStore, type LogPosition } from '#crm/event-store';
import { abortableDelay } from './abortable-delay.js';
import { decodeOnce } from './decode-once.js';
import { advisoryLockKey, LockKind } from './advisory-lock.js';
import { findCheckpoint, recordCatchingUp, recordStopped } from './checkpoint/checkpoint.queries.js';
import { hasReached, waitForCheckpoint, type WaitForOptions } from './checkpoint-waiter.js';
import { LockSession } from './lock-session.js';
import type { Projection } from './projection.js';
import { toRegistry, type EventDecoder, type ProjectionDependencies } from './projection-dependencies.js';
import { defaultProjectionLogger, type ProjectionLogger } from './projection-logger.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import type { ProjectionRegistry } from './projection-registry.js';
import { ProjectionWorker, type WorkerState } from './projection-worker.js';
import { SharedLogFeed } from './shared-log-feed.js';
import { HorizonWatch } from './visibility-horizon.js';
import { migrateReadStore, type ReadDatabase } from '#crm/read-store';

export interface ProjectionRunnerOptions extends ProjectionDependencies {
  /** Most events applied in one transaction; default 500. */
  maxBatchSize?: number;
  /**
   * How often a standby runner tries to take over projections whose leader is gone, and checks
   * that its own lock connection is alive; default 1000 ms.
   */
  standbyPollMs?: number;
  /** Pause after an unexpected error (read store or event store down) before following again; default 1000 ms. */
  retryMs?: number;
  /** How often waitFor looks at the checkpoint besides local commits; default 100 ms. */
  waitPollMs?: number;
  rebuilder?: ProjectionRebuilder;
  logger?: ProjectionLogger;
  /** Told of every committed live batch: for metrics. */
  onBatch?: BatchObserver;
  /** A write transaction open longer than this is logged as holding back the log's readers; default 5000 ms. */
  horizonWarnMs?: number;
}

/** A committed batch of `projection`: its events' correlation ids (one per event) and how long its transaction took. */
export type BatchObserver = (batch: { projection: string; correlationIds: string[]; durationMs: number }) => void;

/** 'standby': another process runs this projection (or nobody yet), this runner waits to take over. */
export type RunnerProjectionState = WorkerState | 'standby';

/**
 * Runs every registered projection for which this process wins the PostgreSQL advisory lock,
 * and stands by for the others: across processes, one runner per projection applies events.
 */
export class ProjectionRunner {
  private readonly store: EventStore;
  private readonly db: Kysely<ReadDatabase>;
  private readonly registry: ProjectionRegistry;
  private readonly decode: EventDecoder | undefined;
  private readonly feed: SharedLogFeed;
  private readonly rebuilder: ProjectionRebuilder;
  private readonly logger: ProjectionLogger;
  private readonly onBatch: BatchObserver;
  private readonly maxBatchSize: number;
  private readonly standbyPollMs: number;
  private readonly retryMs: number;
  private readonly waitPollMs: number;
  private readonly workers = new Map<string, ProjectionWorker>();
  private readonly checkpointListeners = new Set<() => void>();
  private readonly horizon: HorizonWatch;
  private session: LockSession | undefined;
  private stopping: AbortController | undefined;
  private loop: Promise<void> | undefined;

  constructor(options: ProjectionRunnerOptions) {
    this.store = options.store;
    this.db = options.db;
    this.registry = toRegistry(options.projections);
    // The live projections share one reading of the log, so each event is decoded once for all of them.
    this.decode = options.decode && decodeOnce(options.decode);
    this.feed = new SharedLogFeed(this.store, { eventTypes: [...new Set(this.registry.all().flatMap((projection) => projection.eventTypes))] });
    this.rebuilder = options.rebuilder ?? new ProjectionRebuilder({ ...options, projections: this.registry });
    this.logger = options.logger ?? defaultProjectionLogger('ProjectionRunner');
    this.onBatch = options.onBatch ?? (() => undefined);
    this.maxBatchSize = options.maxBatchSize ?? 500;
    this.standbyPollMs = options.standbyPollMs ?? 1000;
    this.retryMs = options.retryMs ?? 1000;
    this.waitPollMs = options.waitPollMs ?? 100;
    this.horizon = new HorizonWatch(this.store, this.db, options.horizonWarnMs ?? 5000, this.logger);
  }

  /** Migrates projection_checkpoint, takes every free projection, and keeps standing by for the rest. */
  async start(): Promise<void> {
    if (this.loop) return;
    await migrateReadStore(this.db);
    this.stopping = new AbortController();
    await this.takeOver();
    this.loop = this.standBy(this.stopping.signal);
  }

  /** Lets in-flight batches commit, then releases every lock; another process may take over. */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.stopping?.abort();
    await this.loop;
    this.loop = undefined;
    const stopped = [...this.workers.entries()];
    this.workers.clear();
    for (const [name, worker] of stopped) {
      if ((await worker.stop()) === 'stopped') await recordStopped(this.db, name);
    }
    await this.session?.close();
    this.session = undefined;
  }

  /** Retries a failed projection from its checkpoint, if this runner is the one running it. */
  async resume(name: string): Promise<void> {
    this.registry.get(name);
    const worker = this.workers.get(name);
    if (worker?.state !== 'failed' || !this.session) return;
    // Cleared before returning, so a waitFor right after resume() does not see the old failure.
    await recordCatchingUp(this.db, name);
    this.startWorker(this.registry.get(name), this.session);
  }

  /** This process's view: what its worker is doing, or 'standby'. */
  stateOf(name: string): RunnerProjectionState {
    this.registry.get(name);
    return this.workers.get(name)?.state ?? 'standby';
  }

  /**
   * Resolves once the projection has applied every event it handles up to `position`, whichever
   * process runs it; rejects with ProjectionFailedError if it fails first, or after the timeout.
   */
  waitFor(name: string, position: LogPosition, options: WaitForOptions = {}): Promise<void> {
    const projection = this.registry.get(name);
    return waitForCheckpoint(
      () => hasReached(this.store, this.db, projection, position),
      (listener) => {
        this.checkpointListeners.add(listener);
        return () => this.checkpointListeners.delete(listener);
      },
      {
        projection: name,
        target: position,
        pollMs: this.waitPollMs,
        timeoutMs: options.timeoutMs ?? 30_000,
        describeCheckpoint: async () => {
          const row = await findCheckpoint(this.db, name);
          return row ? formatPosition(row.position) : 'none';
        },
      },
    );
  }

  private async standBy(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await abortableDelay(this.standbyPollMs, signal);
      if (signal.aborted) return;
      await this.takeOver().catch((error: unknown) => this.loseSession(error));
      // Only a runner with projections to stall tells of it: standbys would repeat the same warning.
      if (this.workers.size > 0) await this.horizon.check().catch((error: unknown) => this.logger.warn(`visibility horizon check failed: ${(error as Error)?.message ?? String(error)}`));
    }
  }

  /** Starts a worker for every projection whose lock is free; proves the lock connection alive. */
  private async takeOver(): Promise<void> {
    this.session ??= await LockSession.open(this.db);
    const session = this.session;
    await session.ping();
    for (const projection of this.registry.all()) {
      if (this.workers.has(projection.name)) continue;
      if (await session.tryLock(advisoryLockKey(LockKind.runner, projection.name))) this.startWorker(projection, session);
    }
  }

  private startWorker(projection: Projection, session: LockSession): void {
    const worker = new ProjectionWorker({
      feed: this.feed,
      db: this.db,
      projection,
      decode: this.decode,
      rebuilder: this.rebuilder,
      lockPid: session.pid,
      maxBatchSize: this.maxBatchSize,
      retryMs: this.retryMs,
      logger: this.logger,
      onBatch: this.onBatch,
      onCheckpoint: () => this.checkpointListeners.forEach((listener) => listener()),
    });
    this.workers.set(projection.name, worker);
    void worker.outcome.then(async (outcome) => {
      if (outcome !== 'lost' || this.workers.get(projection.name) !== worker) return;
      this.workers.delete(projection.name);
      // Our lock may still be held if only this worker saw it lost; let another runner have it.
      await session.unlock(advisoryLockKey(LockKind.runner, projection.name)).catch(() => undefined);
    });
  }

  /** The lock connection is gone and every lock with it: stop writing, reconnect on the next round. */
  private async loseSession(error: unknown): Promise<void> {
    this.logger.warn(`projection runner lost its lock connection (${(error as Error)?.message ?? String(error)}); standing by`);
    const workers = [...this.workers.values()];
    this.workers.clear();
    await Promise.all(workers.map((worker) => worker.stop()));
    await this.session?.close();
    this.session = undefined;
  }
}
