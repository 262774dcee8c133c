import { Inject, Injectable } from '@nestjs/common';
import { newestFirstPosition, olderThan, READ_DB, type NewestFirstPosition, type Positioned, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';

export const exportKinds = ['analytics-table', 'projection-rebuild', 'person-data'] as const;
export type ExportKind = (typeof exportKinds)[number];

export type ExportRow = {
  id: string;
  kind: ExportKind;
  /** The analytics table, the projection rebuilt, or the customer whose data is exported. */
  subject: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number | null;
  error: string | null;
  contentType: string | null;
  filename: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

/**
 * One row per export or rebuild started over HTTP: its progress, and when done the file to
 * download. Kept in PostgreSQL, not Redis, so a download outlives the job's retention.
 */
@Injectable()
export class ExportStore {
  constructor(@Inject(READ_DB) private readonly db: Kysely<ReadDatabase>) {}

  /** `reason`: why a person's data is exported, the access reason of its downloads too. */
  async create(row: { id: string; kind: ExportKind; subject: string; createdBy: string; reason?: string }): Promise<void> {
    await this.db
      .insertInto('export_job')
      .values({ id: row.id, kind: row.kind, subject: row.subject, status: 'queued', created_by: row.createdBy, reason: row.reason ?? null })
      .execute();
  }

  async reason(id: string): Promise<string | null> {
    const row = await this.db.selectFrom('export_job').select('reason').where('id', '=', id).executeTakeFirst();
    return row?.reason ?? null;
  }

  async find(id: string): Promise<ExportRow | undefined> {
    const row = await this.db
      .selectFrom('export_job')
      .select(['id', 'kind', 'subject', 'status', 'done', 'total', 'error', 'content_type as contentType', 'filename', 'created_at as createdAt', 'finished_at as finishedAt'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row as ExportRow | undefined;
  }

  /** Of these kinds (and this status), newest first, `limit + 1` of them after `after`. */
  async page(filter: { kinds: readonly ExportKind[]; status?: ExportRow['status'] }, after: NewestFirstPosition | null, limit: number): Promise<Positioned<ExportRow>[]> {
    const rows = await this.db
      .selectFrom('export_job')
      .select(['id', 'kind', 'subject', 'status', 'done', 'total', 'error', 'content_type as contentType', 'filename', 'created_at as createdAt', 'finished_at as finishedAt'])
      .select(newestFirstPosition().as('position'))
      .where('kind', 'in', filter.kinds)
      .$if(filter.status !== undefined, (query) => query.where('status', '=', filter.status!))
      .$if(after !== null, (query) => query.where(olderThan(after!)))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    return rows.map(({ position, ...row }) => ({ item: row as ExportRow, position }));
  }

  async content(id: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('export_job').select('content').where('id', '=', id).where('status', '=', 'done').executeTakeFirst();
    return row?.content ?? undefined;
  }

  async progress(id: string, done: number, total: number | null): Promise<void> {
    await this.db.updateTable('export_job').set({ status: 'running', done, total, error: null }).where('id', '=', id).where('status', '!=', 'done').execute();
  }

  async finish(id: string, file: { contentType: string; filename: string; content: string }): Promise<void> {
    await this.db
      .updateTable('export_job')
      .set({ status: 'done', content_type: file.contentType, filename: file.filename, content: file.content, finished_at: new Date() })
      .where('id', '=', id)
      // A file once offered never changes under its reader: a second run of the job (stalled and run again) keeps the first file.
      .where('status', '!=', 'done')
      .execute();
  }

  async fail(id: string, error: string): Promise<void> {
    await this.db.updateTable('export_job').set({ status: 'failed', error, finished_at: new Date() }).where('id', '=', id).where('status', '!=', 'done').execute();
  }
}
