import type { Kysely } from 'kysely';
import { formatPosition, type EventStore } from '#crm/event-store';
import { heldLocks, LockKind } from './advisory-lock.js';
import { findAllCheckpoints, type CheckpointRecord } from './checkpoint/checkpoint.queries.js';
import type { Projection } from './projection.js';
import { toRegistry, type ProjectionDependencies } from './projection-dependencies.js';
import type { ProjectionRegistry } from './projection-registry.js';
import { rebuildProgress, type RebuildProgress } from './rebuild-progress.js';
import { horizonHolds, type HorizonHold } from './visibility-horizon.js';
import type { ReadDatabase } from '#crm/read-store';

export type ProjectionState = 'live' | 'catching-up' | 'rebuilding' | 'failed' | 'stopped';

export interface ProjectionStatus {
  name: string;
  /** The version the live tables were built with (null before the first run). */
  version: number | null;
  state: ProjectionState;
  /** formatPosition of the last applied event, or null before the first one. */
  checkpoint: string | null;
  /** Events of its types not yet applied, counted up to the service's lag limit. */
  lagEvents: number;
  /** Now minus the recorded time of the oldest unapplied event; 0 when caught up. */
  lagMs: number;
  eventsApplied: number;
  lastError: string | null;
  /** Position of the event it failed on. */
  failedAt: string | null;
  failedEventId: string | null;
  failedEventType: string | null;
  updatedAt: string | null;
  rebuild: (RebuildProgress & { startedAt: string }) | null;
  /**
   * Write transactions open past the warning threshold, oldest first: while any is open the
   * projection sees no event written after it began, and its lag counts cannot show them either.
   */
  heldBackBy: HorizonHold[];
}

export interface ProjectionStatusOptions extends ProjectionDependencies {
  /** Cap on each projection's lag count, which must stay cheap however far behind it is. Default 1,000,000. */
  lagLimit?: number;
  /** How old an open write transaction is before it is named in heldBackBy; default 5000 ms. */
  horizonWarnMs?: number;
}

/**
 * What /health and GET /projections show. The state comes from who holds the locks right now,
 * not only from the row: a runner that died leaves 'live' in its row but holds no lock.
 */
export class ProjectionStatusService {
  private readonly store: EventStore;
  private readonly db: Kysely<ReadDatabase>;
  private readonly registry: ProjectionRegistry;
  private readonly lagLimit: number;
  private readonly horizonWarnMs: number;

  constructor(options: ProjectionStatusOptions) {
    this.store = options.store;
    this.db = options.db;
    this.registry = toRegistry(options.projections);
    this.lagLimit = options.lagLimit ?? 1_000_000;
    this.horizonWarnMs = options.horizonWarnMs ?? 5000;
  }

  /** The write transactions holding back every reader of the log now; empty when none is older than the threshold. */
  heldBackBy(): Promise<HorizonHold[]> {
    return horizonHolds(this.store, this.db, this.horizonWarnMs);
  }

  async list(): Promise<ProjectionStatus[]> {
    const projections = this.registry.all();
    const names = projections.map((projection) => projection.name);
    const [rows, running, rebuilding, heldBackBy] = await Promise.all([
      findAllCheckpoints(this.db),
      heldLocks(this.db, LockKind.runner, names),
      heldLocks(this.db, LockKind.rebuild, names),
      this.heldBackBy(),
    ]);
    const byName = new Map(rows.map((row) => [row.name, row]));
    return Promise.all(
      projections.map((projection) =>
        this.describe(projection, byName.get(projection.name), running.has(projection.name), rebuilding.has(projection.name), heldBackBy),
      ),
    );
  }

  async get(name: string): Promise<ProjectionStatus> {
    this.registry.get(name);
    return (await this.list()).find((status) => status.name === name)!;
  }

  private async describe(
    projection: Projection,
    row: CheckpointRecord | undefined,
    running: boolean,
    rebuilding: boolean,
    heldBackBy: HorizonHold[],
  ): Promise<ProjectionStatus> {
    const filter = { eventTypes: projection.eventTypes };
    const after = row?.position;
    const [lagEvents, oldestUnapplied] = await Promise.all([
      this.store.countAfter({ after, filter, limit: this.lagLimit }),
      this.oldestAfter(row, filter),
    ]);
    const rebuild = rebuilding && row?.rebuild;
    return {
      name: projection.name,
      version: row?.version ?? null,
      state: stateOf(row, running, rebuilding),
      checkpoint: row && row.position.commit >= 0n ? formatPosition(row.position) : null,
      lagEvents,
      lagMs: oldestUnapplied ? Math.max(0, Date.now() - oldestUnapplied.getTime()) : 0,
      eventsApplied: row?.eventsApplied ?? 0,
      lastError: row?.failure?.message ?? null,
      failedAt: row?.failure?.position ?? null,
      failedEventId: row?.failure?.eventId ?? null,
      failedEventType: row?.failure?.eventType ?? null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      rebuild: rebuild
        ? {
            startedAt: rebuild.startedAt.toISOString(),
            ...rebuildProgress(rebuild.eventsDone, rebuild.eventsTotal, Date.now() - rebuild.startedAt.getTime()),
          }
        : null,
      heldBackBy,
    };
  }

  private async oldestAfter(row: CheckpointRecord | undefined, filter: { eventTypes: string[] }): Promise<Date | undefined> {
    for await (const event of this.store.readAll({ after: row?.position, filter, maxCount: 1 })) return event.recordedAt;
    return undefined;
  }
}

function stateOf(row: CheckpointRecord | undefined, running: boolean, rebuilding: boolean): ProjectionState {
  if (rebuilding) return 'rebuilding';
  if (row?.state === 'failed') return 'failed';
  if (!row || !running) return 'stopped';
  return row.state === 'live' ? 'live' : 'catching-up';
}
