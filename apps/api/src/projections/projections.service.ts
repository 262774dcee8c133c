import { Injectable, Logger } from '@nestjs/common';
import {
  ProjectionRebuilder,
  ProjectionRegistry,
  ProjectionStatusService,
  UnknownProjectionError,
  type ProjectionStatus,
  type RebuildResult,
} from '#crm/projection-runner';
import { NotFoundError, RuleViolation } from '#crm/domain';

/** A rebuild this process started over HTTP. */
export interface RebuildRun {
  startedAt: string;
  finishedAt: string | null;
  result: RebuildResult | null;
  error: string | null;
}

export type ProjectionReport = ProjectionStatus & { lastRebuild: RebuildRun | null };

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
  ) {}

  async list(): Promise<ProjectionReport[]> {
    return (await this.status.list()).map((status) => this.report(status));
  }

  async get(name: string): Promise<ProjectionReport> {
    this.requireKnown(name);
    return this.report(await this.status.get(name));
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

  private report(status: ProjectionStatus): ProjectionReport {
    return { ...status, lastRebuild: this.runs.get(status.name) ?? null };
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
