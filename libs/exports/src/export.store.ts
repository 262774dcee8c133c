import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { READ_DB } from '#crm/read-store';
import { sql, type Kysely } from 'kysely';

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
export class ExportStore implements OnModuleInit {
  constructor(@Inject(READ_DB) private readonly db: Kysely<any>) {}

  async onModuleInit(): Promise<void> {
    await sql`create table if not exists export_job (
      id uuid primary key,
      kind text not null,
      subject text not null,
      status text not null,
      done integer not null default 0,
      total integer,
      error text,
      content_type text,
      filename text,
      content text,
      reason text,
      created_by text not null,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(this.db);
    // Tables made before person exports existed lack the column.
    await sql`alter table export_job add column if not exists reason text`.execute(this.db);
  }

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
