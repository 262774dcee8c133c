import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Kysely } from 'kysely';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import type { EventDecoder } from './projection-dependencies.js';
import type { Projection } from './projection.js';
import { ProjectionRebuilder } from './projection-rebuilder.js';
import { ProjectionRegistry } from './projection-registry.js';
import { ProjectionRunner, type BatchObserver, type ProjectionRunnerOptions } from './projection-runner.js';
import { PROJECTION_BATCH_OBSERVER, PROJECTION_DB, PROJECTION_DECODER } from './projection-runner.tokens.js';
import { ProjectionStatusService } from './projection-status.service.js';
import type { ReadDatabase } from '#crm/read-store';

/** Where the read store's Kysely instance comes from. */
export type ProjectionDatabaseSource =
  | { useValue: Kysely<ReadDatabase> }
  | { useExisting: InjectionToken }
  | { useFactory: (...args: never[]) => Kysely<ReadDatabase> | Promise<Kysely<ReadDatabase>>; inject?: InjectionToken[] };

export interface ProjectionRunnerModuleOptions {
  projections: Projection[];
  /** Provides PROJECTION_DB; without it, PROJECTION_DB must come from `imports` or a global module. */
  database?: ProjectionDatabaseSource;
  /**
   * Builds the decoder applied to every event before applyBatch, from what it injects (the app's
   * EVENT_CODEC). Without it projections get events as stored.
   */
  decode?: { useFactory: (...args: never[]) => EventDecoder; inject?: InjectionToken[] };
  /** Modules that export EVENT_STORE and what `database` and `decode` refer to. */
  imports?: ModuleMetadata['imports'];
  /**
   * Whether this process runs the projections (the projector) or only reads their status and
   * rebuilds on request (the api, the CLI). Default true.
   */
  run?: boolean;
  tuning?: Pick<ProjectionRunnerOptions, 'maxBatchSize' | 'standbyPollMs' | 'retryMs' | 'waitPollMs'>;
  /** How old an open write transaction is before status and the runner's log name it (ProjectionRunnerOptions.horizonWarnMs). */
  horizonWarnMs?: { useFactory: (...args: never[]) => number; inject?: InjectionToken[] };
}

const RUN_PROJECTIONS = Symbol('RunProjections');
const HORIZON_WARN_MS = Symbol('HorizonWarnMs');

/** Starts the runner once the app has bootstrapped and stops it (letting batches commit) on shutdown. */
@Injectable()
class ProjectionRunnerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(ProjectionRunner) private readonly runner: ProjectionRunner,
    @Inject(RUN_PROJECTIONS) private readonly run: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.run) await this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}

@Module({})
export class ProjectionRunnerModule {
  /** Provides ProjectionRunner, ProjectionStatusService and ProjectionRebuilder for `projections`. */
  static register(options: ProjectionRunnerModuleOptions): DynamicModule {
    const dependencies = [EVENT_STORE, PROJECTION_DB, ProjectionRegistry];
    return {
      module: ProjectionRunnerModule,
      imports: options.imports ?? [],
      providers: [
        ...(options.database ? [{ provide: PROJECTION_DB, ...options.database }] : []),
        { provide: RUN_PROJECTIONS, useValue: options.run ?? true },
        { provide: ProjectionRegistry, useFactory: () => new ProjectionRegistry(options.projections) },
        { provide: HORIZON_WARN_MS, ...(options.horizonWarnMs ?? { useValue: 5000 }) },
        { provide: PROJECTION_DECODER, ...(options.decode ?? { useValue: null }) },
        {
          provide: ProjectionRebuilder,
          useFactory: (store: EventStore, db: Kysely<ReadDatabase>, projections: ProjectionRegistry, decode: EventDecoder | null) =>
            new ProjectionRebuilder({ store, db, projections, decode: decode ?? undefined }),
          inject: [...dependencies, PROJECTION_DECODER],
        },
        {
          provide: ProjectionRunner,
          useFactory: (
            store: EventStore,
            db: Kysely<ReadDatabase>,
            projections: ProjectionRegistry,
            decode: EventDecoder | null,
            rebuilder: ProjectionRebuilder,
            horizonWarnMs: number,
            onBatch: BatchObserver | undefined,
          ) => new ProjectionRunner({ store, db, projections, decode: decode ?? undefined, rebuilder, onBatch, horizonWarnMs, ...options.tuning }),
          inject: [...dependencies, PROJECTION_DECODER, ProjectionRebuilder, HORIZON_WARN_MS, { token: PROJECTION_BATCH_OBSERVER, optional: true }],
        },
        {
          provide: ProjectionStatusService,
          useFactory: (store: EventStore, db: Kysely<ReadDatabase>, projections: ProjectionRegistry, horizonWarnMs: number) =>
            new ProjectionStatusService({ store, db, projections, horizonWarnMs }),
          inject: [...dependencies, HORIZON_WARN_MS],
        },
        ProjectionRunnerLifecycle,
      ],
      exports: [ProjectionRunner, ProjectionStatusService, ProjectionRebuilder, ProjectionRegistry],
    };
  }
}
