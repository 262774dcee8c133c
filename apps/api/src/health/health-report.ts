import type { ReplicaLag } from '#crm/database';
import type { HorizonHold } from '#crm/projection-runner';

export interface ComponentHealth {
  ok: boolean;
  /** One line saying what is wrong, when it is. */
  reason?: string;
}

export interface ProjectorHealth extends ComponentHealth {
  projections: { name: string; state: string; lagEvents: number; lagMs: number }[];
  /** Write transactions open past CRM_HORIZON_WARN_SECONDS, oldest first: they stall every projection. */
  heldBackBy: HorizonHold[];
}

/** READ_DATABASE_URL's replica: how far behind it is, or why it cannot be asked. */
export interface ReplicaHealth extends ComponentHealth, Partial<ReplicaLag> {
  where: string;
}

/**
 * ok: everything works. degraded: records and reads work, but jobs, projections or the read
 * replica do not (reads then go to the primary).
 * down: the event log or the read store cannot be reached.
 */
export type HealthStatus = 'ok' | 'degraded' | 'down';

export interface HealthReport {
  status: HealthStatus;
  eventStore: ComponentHealth & { backend: string };
  database: ComponentHealth;
  redis: ComponentHealth;
  projector?: ProjectorHealth;
  replica?: ReplicaHealth;
}

export function overallStatus(report: Omit<HealthReport, 'status'>): HealthStatus {
  if (!report.eventStore.ok || !report.database.ok) return 'down';
  if (!report.redis.ok || report.projector?.ok === false || report.replica?.ok === false) return 'degraded';
  return 'ok';
}
