import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { READ_REPLICA, type ReadReplica } from '#crm/database';
import {
  ProjectionRebuilder,
  ProjectionRegistry,
  ProjectionStatusService,
  UnknownProjectionError,
  type ProjectionStatus,
  type RebuildResult,
} from '#crm/projection-runner';
import { NotFoundError, RuleViolation } from '#crm/domain';
import type { ReplicaHealth } from '../health/health-report.js';
import { replicaHealth } from '../health/replica-health.js';

/** A rebuild this process started over HTTP. */
export interface RebuildRun {
  startedAt: string;
  finishedAt: string | null;
  result: RebuildResult | null;
  error: string | null;
}

export type ProjectionReport = ProjectionStatus & { lastRebuild: RebuildRun | null; readReplica: ReplicaHealth | null };

/**
 * Projection status, and rebuilds run in the background of this process. Progress lives in the
 * checkpoint row (ProjectionStatusService, whichever process rebuilds); this remembers how each
 * run started here ended, until the process stops.
 */
@Injectable()
export class ProjectionsService {
  private readonly logger = new Logger('ProjectionRebuilds');
  private readonly runs = new Map<string, RebuildRun>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly registry: ProjectionRegistry,
    private readonly rebuilder: ProjectionRebuilder,
    private readonly status: ProjectionStatusService,
    @Optional() @Inject(READ_REPLICA) private readonly replica: ReadReplica | null = null,
  ) {}

  async list(): Promise<ProjectionReport[]> {
    const [statuses, readReplica] = await Promise.all([this.status.list(), this.replicaLag()]);
    return statuses.map((status) => this.report(status, readReplica));
  }

  async get(name: string): Promise<ProjectionReport> {
    this.requireKnown(name);
    const [status, readReplica] = await Promise.all([this.status.get(name), this.replicaLag()]);
    return this.report(status, readReplica);
  }

  /** Starts a rebuild; refuses one already rebuilding, here or in another process (409). */
  async rebuild(name: string): Promise<RebuildRun> {
    this.requireKnown(name);
    if (this.running.has(name) || (await this.status.get(name)).state === 'rebuilding') {
      throw new RuleViolation('rebuild-in-progress', `projection ${name} is already being rebuilt`);
    }
    const run: RebuildRun = { startedAt: new Date().toISOString(), finishedAt: null, result: null, error: null };
    this.runs.set(name, run);
    const done = this.rebuilder
      .rebuild(name)
      .then(
        (result) => void (run.result = result),
        (error: unknown) => {
          run.error = (error as Error)?.message ?? String(error);
          this.logger.error(`rebuild of ${name} failed: ${run.error}`);
        },
      )
      .finally(() => {
        run.finishedAt = new Date().toISOString();
        this.running.delete(name);
      });
    this.running.set(name, done);
    return run;
  }

  /** Resolves when the rebuild this process runs for `name`, if any, has ended. */
  async settled(name: string): Promise<void> {
    await this.running.get(name);
  }

  private report(status: ProjectionStatus, readReplica: ReplicaHealth | null): ProjectionReport {
    return { ...status, lastRebuild: this.runs.get(status.name) ?? null, readReplica };
  }

  /** The replica's lag is every projection's too: reads without X-Crm-Min-Position see its tables that much later. */
  private replicaLag(): Promise<ReplicaHealth | null> {
    return this.replica ? replicaHealth(this.replica) : Promise.resolve(null);
  }

  private requireKnown(name: string): void {
    try {
      this.registry.get(name);
    } catch (error) {
      if (error instanceof UnknownProjectionError) throw new NotFoundError('projection', name, error.message);
      throw error;
    }
  }
}
