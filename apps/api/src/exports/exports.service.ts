import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor, Role } from '#crm/auth';
import { JobName, JobQueue } from '#crm/jobs';
import { ExportStore, exportKinds, type ExportKind, type ExportRow } from '#crm/exports';
import { NotFoundError } from '#crm/domain';
import { forbidden } from '#crm/http';
import { DEFAULT_PAGE_SIZE } from '../directory/page-limit.js';
import { newestFirstAfter, newestFirstPage } from '../paging/newest-first-cursor.js';
import type { ExportListQueryDto } from './export-list-query.dto.js';

export type ExportView = ExportRow & { downloadUrl: string | null };

const jobOf: Record<ExportKind, JobName.AnalyticsExport | JobName.ProjectionRebuild | JobName.PersonDataExport> = {
  'analytics-table': JobName.AnalyticsExport,
  'projection-rebuild': JobName.ProjectionRebuild,
  'person-data': JobName.PersonDataExport,
};

/**
 * Who may follow and download each kind (admin always): the routes are shared, the kind decides.
 * A person's export is compliance's alone, so no other role learns whose data was exported.
 */
const readersOf: Record<ExportKind, readonly Role[]> = {
  'analytics-table': ['analyst'],
  'projection-rebuild': ['analyst'],
  'person-data': ['compliance'],
};

const mayRead = (kind: ExportKind, actor: Actor) => actor.role === 'admin' || readersOf[kind].includes(actor.role);

function requireReader(kind: ExportKind, actor: Actor): void {
  if (!mayRead(kind, actor)) throw forbidden(`role ${actor.role} may not read a ${kind} export (${readersOf[kind].join(', ')} may)`);
}

const viewOf = (row: ExportRow): ExportView => ({ ...row, downloadUrl: row.status === 'done' ? `/exports/${row.id}/download` : null });

@Injectable()
export class ExportsService {
  constructor(
    private readonly store: ExportStore,
    private readonly queue: JobQueue,
  ) {}

  async start(kind: ExportKind, subject: string, actor: Actor, reason?: string): Promise<ExportView> {
    const id = randomUUID();
    await this.store.create({ id, kind, subject, createdBy: actor.id, reason });
    await this.queue.add(jobOf[kind], { exportId: id }, { jobId: `export.${id}` });
    return this.get(id, actor);
  }

  async get(id: string, actor: Actor): Promise<ExportView> {
    const row = await this.store.find(id);
    if (!row) throw new NotFoundError('export', id);
    requireReader(row.kind, actor);
    return viewOf(row);
  }

  /** The exports of the kinds the caller's role may read, whoever started them, newest first. */
  async list(query: ExportListQueryDto, actor: Actor): Promise<{ items: ExportView[]; nextCursor: string | null }> {
    if (query.kind) requireReader(query.kind, actor);
    const kinds = query.kind ? [query.kind] : exportKinds.filter((kind) => mayRead(kind, actor));
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page = newestFirstPage(await this.store.page({ kinds, status: query.status }, newestFirstAfter(query.cursor), limit), limit);
    return { items: page.items.map(viewOf), nextCursor: page.nextCursor };
  }

  async download(id: string, actor: Actor): Promise<{ row: ExportRow; content: string }> {
    const row = await this.get(id, actor);
    const content = await this.store.content(id);
    if (content === undefined) throw new NotFoundError('export', id, `export ${id} is ${row.status}, not done: nothing to download yet`);
    return { row, content };
  }
}
