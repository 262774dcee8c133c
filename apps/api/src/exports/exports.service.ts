import { randomUUID } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { Actor } from '@crm/auth';
import { JobName, JobQueue } from '@crm/jobs';
import { ExportStore, type ExportKind, type ExportRow } from './export.store.js';

export type ExportView = ExportRow & { downloadUrl: string | null };

const jobOf: Record<ExportKind, JobName.AnalyticsExport | JobName.ProjectionRebuild> = {
  'analytics-table': JobName.AnalyticsExport,
  'projection-rebuild': JobName.ProjectionRebuild,
};

@Injectable()
export class ExportsService {
  constructor(
    private readonly store: ExportStore,
    private readonly queue: JobQueue,
  ) {}

  async start(kind: ExportKind, subject: string, actor: Actor): Promise<ExportView> {
    const id = randomUUID();
    await this.store.create({ id, kind, subject, createdBy: actor.id });
    await this.queue.add(jobOf[kind], { exportId: id }, { jobId: `export.${id}` });
    return this.get(id);
  }

  async get(id: string): Promise<ExportView> {
    const row = await this.store.find(id);
    if (!row) throw new NotFoundException(`export ${id} not found`);
    return { ...row, downloadUrl: row.status === 'done' ? `/exports/${id}/download` : null };
  }

  async download(id: string): Promise<{ row: ExportRow; content: string }> {
    const row = await this.get(id);
    const content = await this.store.content(id);
    if (content === undefined) throw new NotFoundException(`export ${id} is ${row.status}, not done: nothing to download yet`);
    return { row, content };
  }
}
