import { Inject, Injectable, type StreamableFile } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { EVENT_STORE, parsePosition, type EventStore, type JsonObject, type LogPosition } from '#crm/event-store';
import { READ_DB } from '#crm/read-store';
import { auditIndexPage, type AuditFilter, type AuditIndexEntry } from '#crm/projections';
import type { AuditEventsQueryDto } from './audit-events-query.dto.js';
import type { CsvColumn } from './export/csv.js';
import { exportResponse, pagesOf } from './export/export-response.js';

export const DEFAULT_AUDIT_PAGE = 100;
const EXPORT_PAGE = 500;

/** An index entry with the event as the log stores it: data encrypted where personal, metadata with its hash. */
export type AuditEvent = AuditIndexEntry & { data: JsonObject; metadata: JsonObject };

export type AuditEventsPage = { events: AuditEvent[]; next: string | null };

const csvColumns: CsvColumn<AuditIndexEntry>[] = [
  { header: 'position', value: (entry) => entry.position },
  { header: 'eventId', value: (entry) => entry.eventId },
  { header: 'streamName', value: (entry) => entry.streamName },
  { header: 'revision', value: (entry) => entry.revision },
  { header: 'type', value: (entry) => entry.type },
  { header: 'schemaVersion', value: (entry) => entry.schemaVersion },
  { header: 'actorId', value: (entry) => entry.actor?.id ?? null },
  { header: 'actorRole', value: (entry) => entry.actor?.role ?? null },
  { header: 'channel', value: (entry) => entry.channel },
  { header: 'occurredAt', value: (entry) => entry.occurredAt },
  { header: 'recordedAt', value: (entry) => entry.recordedAt },
];

/** The event log for compliance: filtered through the audit index, the events read from the log itself. */
@Injectable()
export class AuditEventsService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DB) private readonly db: Kysely<any>,
  ) {}

  async page(query: AuditEventsQueryDto): Promise<AuditEventsPage> {
    const limit = query.limit ?? DEFAULT_AUDIT_PAGE;
    const entries = await auditIndexPage(this.db, { ...filterOf(query), after: afterOf(query), limit });
    return { events: await this.withEvents(entries), next: entries.length === limit ? entries[entries.length - 1].position : null };
  }

  export(query: AuditEventsQueryDto, format: 'ndjson' | 'csv'): StreamableFile {
    const filter = filterOf(query);
    const pages = pagesOf<AuditIndexEntry, LogPosition>(
      (after, limit) => auditIndexPage(this.db, { ...filter, after, limit }),
      (entry) => parsePosition(entry.position),
      { after: afterOf(query), limit: query.limit, pageSize: EXPORT_PAGE },
    );
    return exportResponse(format, 'audit-events', pages, csvColumns, (entries) => this.withEvents(entries));
  }

  private withEvents(entries: AuditIndexEntry[]): Promise<AuditEvent[]> {
    return Promise.all(entries.map(async (entry) => ({ ...entry, ...(await this.stored(entry)) })));
  }

  private async stored(entry: AuditIndexEntry): Promise<{ data: JsonObject; metadata: JsonObject }> {
    for await (const event of this.store.readStream(entry.streamName, { fromRevision: BigInt(entry.revision), maxCount: 1 })) {
      if (event.id === entry.eventId) return { data: event.data, metadata: event.metadata };
    }
    // The index names an event the log no longer has where it was: the log was altered (see /audit/verify).
    throw new Error(`event ${entry.eventId} is indexed at ${entry.streamName} revision ${entry.revision} but is not there in the log`);
  }
}

function filterOf(query: AuditEventsQueryDto): Omit<AuditFilter, 'limit' | 'after'> {
  return {
    actorId: query.actor,
    eventType: query.type,
    streamName: query.stream,
    channel: query.channel,
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
  };
}

const afterOf = (query: AuditEventsQueryDto): LogPosition | undefined => (query.after === undefined ? undefined : parsePosition(query.after));
