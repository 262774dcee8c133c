import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor, Role } from '#crm/auth';
import { JobName, JobQueue } from '#crm/jobs';
import { ExportStore, type ExportKind, type ExportRow } from '#crm/exports';
import { NotFoundError } from '#crm/domain';
import { forbidden } from '#crm/http';

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
    if (actor.role !== 'admin' && !readersOf[row.kind].includes(actor.role)) {
      throw forbidden(`role ${actor.role} may not read a ${row.kind} export (${readersOf[row.kind].join(', ')} may)`);
    }
    return { ...row, downloadUrl: row.status === 'done' ? `/exports/${id}/download` : null };
  }

  async download(id: string, actor: Actor): Promise<{ row: ExportRow; content: string }> {
    const row = await this.get(id, actor);
    const content = await this.store.content(id);
    if (content === undefined) throw new NotFoundError('export', id, `export ${id} is ${row.status}, not done: nothing to download yet`);
    return { row, content };
  }
}
