import { formatPosition, type LogPosition } from '#crm/event-store';
import { projectionSchema } from '#crm/projection-runner';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { AuditEventTable, AuditTables } from './audit.tables.js';

export type AuditFilter = {
  actorId?: string;
  eventType?: string;
  streamName?: string;
  channel?: string;
  /** recordedAt ≥ from: when the event entered the log. */
  from?: Date;
  /** recordedAt < to. */
  to?: Date;
  /** Exclusive: entries after this log position (the last one of the previous page). */
  after?: LogPosition;
  limit: number;
};

export type AuditIndexEntry = {
  position: string;
  eventId: string;
  streamName: string;
  revision: string;
  type: string;
  schemaVersion: number;
  actor: { id: string; role: string | null } | null;
  channel: string | null;
  occurredAt: string | null;
  recordedAt: string;
};

const audit = (db: Kysely<any>) => db.withSchema(projectionSchema('audit')) as unknown as Kysely<AuditTables>;

function toEntry(row: Selectable<AuditEventTable>): AuditIndexEntry {
  return {
    position: formatPosition({ commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) }),
    eventId: row.event_id,
    streamName: row.stream_name,
    revision: String(row.revision),
    type: row.event_type,
    schemaVersion: row.schema_version,
    actor: row.actor_id === null ? null : { id: row.actor_id, role: row.actor_role },
    channel: row.channel,
    occurredAt: row.occurred_at?.toISOString() ?? null,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** Up to `limit` index entries matching every given filter, in log order. */
export async function auditIndexPage(db: Kysely<any>, filter: AuditFilter): Promise<AuditIndexEntry[]> {
  const { after } = filter;
  const rows = await audit(db)
    .selectFrom('audit_event')
    .selectAll()
    .$if(filter.actorId !== undefined, (query) => query.where('actor_id', '=', filter.actorId!))
    .$if(filter.eventType !== undefined, (query) => query.where('event_type', '=', filter.eventType!))
    .$if(filter.streamName !== undefined, (query) => query.where('stream_name', '=', filter.streamName!))
    .$if(filter.channel !== undefined, (query) => query.where('channel', '=', filter.channel!))
    .$if(filter.from !== undefined, (query) => query.where('recorded_at', '>=', filter.from!))
    .$if(filter.to !== undefined, (query) => query.where('recorded_at', '<', filter.to!))
    .$if(after !== undefined, (query) =>
      query.where(sql<boolean>`(commit_position, prepare_position) > (${after!.commit.toString()}::bigint, ${after!.prepare.toString()}::bigint)`),
    )
    .orderBy('commit_position')
    .orderBy('prepare_position')
    .limit(filter.limit)
    .execute();
  return rows.map(toEntry);
}
