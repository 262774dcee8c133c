import { sql, type Kysely, type Transaction } from 'kysely';
import { comparePositions, formatPosition, type EventSubscription, type LogPosition } from '#crm/event-store';
import { abortableDelay } from './abortable-delay.js';
import { advisoryLockKey, LockKind } from './advisory-lock.js';
import { applyEvents } from './apply-events.js';
import { leavesSteps, piecesOf, runSteps } from './batch-steps.js';
import {
  lockCheckpoint,
  recordBatch,
  recordCatchingUp,
  recordFailure,
  recordStepsPending,
  type CheckpointRecord,
} from './checkpoint/checkpoint.queries.js';
import { eventBatches } from './event-batches.js';
import { initializeProjection } from './initialize-projection.js';
import { commitFindingPoison } from './poison-search.js';
import { projectionSchema, type Projection } from './projection.js';
import type { EventDecoder } from './projection-dependencies.js';
import type { ProjectionLogger } from './projection-logger.js';
import type { BatchObserver } from './projection-runner.js';
import type { ProjectionRebuilder } from './projection-rebuilder.js';
import {
  CheckpointMovedError,
  LeadershipLostError,
  ProjectionFailedError,
  RebuildInProgressError,
  type ProjectionFailure,
} from './projection-runner.errors.js';
import type { ReadDatabase } from '#crm/read-store';
import type { SharedLogFeed } from './shared-log-feed.js';

export type WorkerState = 'starting' | 'rebuilding' | 'catching-up' | 'live' | 'failed' | 'stopped';

/** Why a worker ended: the runner stopped it, its projection failed, or its lock went away. */
export type WorkerOutcome = 'stopped' | 'failed' | 'lost';

export interface ProjectionWorkerOptions {
  feed: SharedLogFeed;
  db: Kysely<ReadDatabase>;
  projection: Projection;
  decode: EventDecoder | undefined;
  rebuilder: ProjectionRebuilder;
  /** pg_backend_pid() of the connection holding this projection's runner lock. */
  lockPid: number;
  maxBatchSize: number;
  retryMs: number;
  logger: ProjectionLogger;
  onBatch: BatchObserver;
  /** Called after every committed checkpoint move or state change. */
  onCheckpoint: () => void;
}

/** What this worker last committed: a batch only commits if the row still says exactly this. */
interface Expected {
  generation: number;
  position: LogPosition;
}

/**
 * Runs one projection while this process holds its runner lock: builds or rebuilds its tables
 * when needed, follows the log from the checkpoint and commits each batch with the checkpoint.
 */
export class ProjectionWorker {
  state: WorkerState = 'starting';
  failure: ProjectionFailure | null = null;
  readonly outcome: Promise<WorkerOutcome>;
  private readonly stopping = new AbortController();
  private subscription: EventSubscription | undefined;

  constructor(private readonly options: ProjectionWorkerOptions) {
    this.outcome = this.run();
  }

  async stop(): Promise<WorkerOutcome> {
    this.stopping.abort();
    await this.subscription?.close();
    return this.outcome;
  }

  private get name(): string {
    return this.options.projection.name;
  }

  private async run(): Promise<WorkerOutcome> {
    const { logger, retryMs } = this.options;
    while (!this.stopping.signal.aborted) {
      try {
        const outcome = await this.follow(await this.prepare());
        if (outcome !== 'moved') return this.end(outcome);
      } catch (error) {
        if (error instanceof LeadershipLostError) {
          logger.warn(error.message);
          return this.end('lost');
        }
        if (error instanceof ProjectionFailedError) {
          await this.fail(error.failure);
          return this.end('failed');
        }
        if (this.stopping.signal.aborted) break;
        logger.warn(`projection ${this.name}: ${(error as Error)?.message ?? String(error)}; retrying in ${retryMs} ms`);
        await abortableDelay(retryMs, this.stopping.signal);
      }
    }
    return this.end('stopped');
  }

  private end(outcome: WorkerOutcome): WorkerOutcome {
    this.state = outcome === 'failed' ? 'failed' : 'stopped';
    return outcome;
  }

  /** The checkpoint to follow from, once the tables match the projection's version. */
  private async prepare(): Promise<CheckpointRecord> {
    const { db, projection, rebuilder, retryMs } = this.options;
    let row = await initializeProjection(db, projection);
    while (row.version !== projection.version && !this.stopping.signal.aborted) {
      this.state = 'rebuilding';
      this.options.logger.log(`projection ${this.name}: tables are version ${row.version}, rebuilding as version ${projection.version}`);
      try {
        await rebuilder.rebuild(this.name);
      } catch (error) {
        if (!(error instanceof RebuildInProgressError)) throw error;
        await abortableDelay(retryMs, this.stopping.signal);
      }
      row = await initializeProjection(db, projection);
    }
    return row;
  }

  /** Follows the log until stopped, failed, or the checkpoint row moved under us ('moved'). */
  private async follow(row: CheckpointRecord): Promise<WorkerOutcome | 'moved'> {
    const { feed, projection, maxBatchSize } = this.options;
    const expected: Expected = { generation: row.generation, position: row.position };
    await this.commit(expected, (trx) => recordCatchingUp(trx, this.name), 'catching-up');
    let signalCaughtUp!: () => void;
    const caughtUp = new Promise<void>((resolve) => (signalCaughtUp = resolve));
    const subscription = feed.subscribe({
      after: row.position,
      filter: { eventTypes: projection.eventTypes },
      onCaughtUp: () => signalCaughtUp(),
    });
    this.subscription = subscription;
    try {
      // Steps a stopped or killed runner left undone come before any later event.
      await this.runSteps(expected, 'catching-up');
      if (this.stopping.signal.aborted) return 'stopped';
      for await (const batch of eventBatches(subscription, { maxBatchSize, caughtUp })) {
        const state = batch.live ? 'live' : 'catching-up';
        for (const piece of piecesOf(projection, batch.events)) {
          const started = performance.now();
          const poison = await commitFindingPoison(piece, (events) =>
            this.commit(
              expected,
              async (trx) => {
                if (events.length > 0) await applyEvents(projection, trx, events, { schema: projectionSchema(this.name) }, this.options.decode);
                await recordBatch(trx, this.name, events, state);
                if (leavesSteps(projection, events)) await recordStepsPending(trx, this.name, true);
              },
              state,
              events.at(-1)?.position,
            ),
          );
          if (piece.length > 0) {
            const correlationIds = piece.map((event) => String(event.metadata.correlationId ?? ''));
            this.options.onBatch({ projection: this.name, correlationIds, durationMs: performance.now() - started });
          }
          if (poison) {
            await this.fail(
              {
                position: formatPosition(poison.event.position),
                eventId: poison.event.id,
                eventType: poison.event.type,
                message: (poison.error as Error)?.message ?? String(poison.error),
              },
              expected,
            );
            return 'failed';
          }
          await this.runSteps(expected, state);
          // The rest of the batch must not be applied before the steps are done.
          if (this.stopping.signal.aborted) return 'stopped';
        }
      }
      return this.stopping.signal.aborted ? 'stopped' : 'moved';
    } catch (error) {
      if (error instanceof CheckpointMovedError) return 'moved';
      throw error;
    } finally {
      this.subscription = undefined;
      await subscription.close();
    }
  }

  /** The projection's pending steps, each committed like a batch (proving leadership) but moving no checkpoint. */
  private runSteps(expected: Expected, state: WorkerState): Promise<void> {
    return runSteps(
      this.options.projection,
      projectionSchema(this.name),
      (work) => this.commit(expected, work, state),
      { stopped: () => this.stopping.signal.aborted, done: (trx) => recordStepsPending(trx, this.name, false) },
    );
  }

  /** One read-store transaction: proves we still lead and the row is as we left it, then writes. */
  private async commit(
    expected: Expected,
    write: (trx: Transaction<ReadDatabase>) => Promise<void>,
    state: WorkerState,
    position?: LogPosition,
  ): Promise<void> {
    await this.options.db.transaction().execute(async (trx) => {
      await this.guard(trx, expected);
      await write(trx);
    });
    if (position) expected.position = position;
    this.state = state;
    this.options.onCheckpoint();
  }

  private async guard(trx: Kysely<ReadDatabase>, expected: Expected): Promise<void> {
    const key = advisoryLockKey(LockKind.runner, this.name);
    const { rows } = await sql<{ held: boolean }>`
      select exists (
        select 1 from pg_locks
        where locktype = 'advisory' and granted and objsubid = 2
          and classid = ${key.kind}::oid and objid = ${key.id >>> 0}::oid and pid = ${this.options.lockPid}
      ) as held`.execute(trx);
    if (!rows[0].held) throw new LeadershipLostError(this.name);
    const row = await lockCheckpoint(trx, this.name);
    if (!row || row.generation !== expected.generation || comparePositions(row.position, expected.position) !== 0) {
      throw new CheckpointMovedError(this.name);
    }
  }

  private async fail(failure: ProjectionFailure, expected?: Expected): Promise<void> {
    this.failure = failure;
    this.options.logger.error(new ProjectionFailedError(this.name, failure).message);
    const write = (trx: Kysely<ReadDatabase>) => recordFailure(trx, this.name, failure);
    if (expected) await this.commit(expected, write, 'failed');
    else await write(this.options.db).then(() => this.options.onCheckpoint());
  }
}
