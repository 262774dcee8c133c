import { Inject, Injectable, Optional } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { READ_REPLICA, type ReadReplica } from '#crm/database';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { RedisAvailability } from '#crm/jobs';
import { ProjectionStatusService } from '#crm/projection-runner';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import { overallStatus, type ComponentHealth, type HealthReport, type ProjectorHealth } from './health-report.js';
import { messageOf, replicaHealth, withTimeout } from './replica-health.js';

const WORKING_STATES = new Set(['live', 'catching-up', 'rebuilding']);

@Injectable()
export class HealthService {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly redis: RedisAvailability,
    @Optional() private readonly projections?: ProjectionStatusService,
    @Optional() @Inject(READ_REPLICA) private readonly replica: ReadReplica | null = null,
  ) {}

  async check(): Promise<HealthReport> {
    const [eventStore, database, projector, replica] = await Promise.all([
      probe(() => this.eventStore.headPosition()),
      probe(() => sql`select 1`.execute(this.db)),
      this.projections ? this.projector(this.projections) : undefined,
      this.replica ? replicaHealth(this.replica) : undefined,
    ]);
    const redis: ComponentHealth = this.redis.isAvailable() ? { ok: true } : { ok: false, reason: this.redis.reason };
    const components = {
      eventStore: { backend: this.eventStore.backend, ...eventStore },
      database,
      redis,
      ...(projector && { projector }),
      ...(replica && { replica }),
    };
    return { status: overallStatus(components), ...components };
  }

  private async projector(service: ProjectionStatusService): Promise<ProjectorHealth> {
    try {
      const statuses = await withTimeout(service.list());
      const projections = statuses.map(({ name, state, lagEvents, lagMs }) => ({ name, state, lagEvents, lagMs }));
      // The horizon is the whole log's: every projection names the same holds. A warning beside the
      // status, not a failure of it: the projections still work, they wait.
      const heldBackBy = statuses[0]?.heldBackBy ?? [];
      const stuck = projections.filter((projection) => !WORKING_STATES.has(projection.state));
      return stuck.length === 0
        ? { ok: true, projections, heldBackBy }
        : { ok: false, reason: stuck.map((projection) => `${projection.name} is ${projection.state}`).join('; '), projections, heldBackBy };
    } catch (error) {
      return { ok: false, reason: messageOf(error), projections: [], heldBackBy: [] };
    }
  }
}

async function probe(check: () => Promise<unknown>): Promise<ComponentHealth> {
  try {
    await withTimeout(check());
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
}
