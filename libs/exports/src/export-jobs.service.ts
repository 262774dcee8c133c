import { Inject, Injectable } from '@nestjs/common';
import type { JobName, JobPayload } from '#crm/jobs';
import { projectionSchema, ProjectionRebuilder } from '#crm/projection-runner';
import { READ_DB } from '#crm/read-store';
import type { Job } from 'bullmq';
import { sql, type Kysely } from 'kysely';
import { ANALYTICS } from '#crm/projections';
import { CustomerExportService } from './customer-export.service.js';
import { csvLine } from './csv.js';
import { ExportStore, type ExportRow } from './export.store.js';
import { PersonExportFile } from './person/person-export.file.js';

const PAGE = 1000;

/** Each job writes its whole file again when retried: the same rows give the same file, so a retry is harmless. */
@Injectable()
export class ExportJobsService {
  constructor(
    private readonly store: ExportStore,
    private readonly rebuilder: ProjectionRebuilder,
    private readonly customers: CustomerExportService,
    private readonly personFile: PersonExportFile,
    @Inject(READ_DB) private readonly db: Kysely<any>,
  ) {}

  async analyticsTable({ exportId }: JobPayload<JobName.AnalyticsExport>, job: Job): Promise<{ rows: number }> {
    const row = await this.required(exportId);
    const table = sql.table(`${projectionSchema(ANALYTICS)}.${row.subject}`);
    const total = Number((await sql<{ count: string }>`select count(*) from ${table}`.execute(this.db)).rows[0].count);
    const columns = (
      await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = ${projectionSchema(ANALYTICS)} and table_name = ${row.subject} order by ordinal_position`.execute(this.db)
    ).rows.map((column) => column.name);
    let content = csvLine(columns);
    // Ordered by every column: a stable order, hence the same file on a retry.
    const order = sql.join(columns.map((column) => sql.ref(column)));
    for (let offset = 0; offset < total; offset += PAGE) {
      const page = await sql<Record<string, unknown>>`select * from ${table} order by ${order} limit ${PAGE} offset ${offset}`.execute(this.db);
      for (const values of page.rows) content += csvLine(columns.map((column) => values[column]));
      const done = Math.min(offset + PAGE, total);
      await this.store.progress(exportId, done, total);
      await job.updateProgress({ done, total });
    }
    await this.store.finish(exportId, { contentType: 'text/csv; charset=utf-8', filename: `${row.subject}.csv`, content });
    return { rows: total };
  }

  async rebuild({ exportId }: JobPayload<JobName.ProjectionRebuild>, job: Job): Promise<{ eventsApplied: number }> {
    const row = await this.required(exportId);
    const result = await this.rebuilder.rebuild(row.subject, {
      onProgress: (progress) => {
        void this.store.progress(exportId, progress.eventsDone, progress.eventsTotal);
        void job.updateProgress({ done: progress.eventsDone, total: progress.eventsTotal });
      },
    });
    await this.store.progress(exportId, result.eventsApplied, result.eventsApplied);
    await this.store.finish(exportId, { contentType: 'application/json', filename: `rebuild-${row.subject}.json`, content: JSON.stringify(result) });
    return { eventsApplied: result.eventsApplied };
  }

  /**
   * The same content as GET /customers/:id/export, sealed before it is stored. The read was
   * recorded in the access log when the export was asked for, so a retry records nothing; a
   * finished file is kept as it is (its `exportedAt` says when the data was read).
   */
  async personData({ exportId }: JobPayload<JobName.PersonDataExport>, job: Job): Promise<{ events: number }> {
    const row = await this.required(exportId);
    if (row.status === 'done') return { events: row.done };
    await this.store.progress(exportId, 0, null);
    const exported = await this.customers.export(row.subject);
    const events = exported.history.length;
    const content = await this.personFile.seal(exportId, exported);
    await this.store.progress(exportId, events, events);
    await job.updateProgress({ done: events, total: events });
    await this.store.finish(exportId, { contentType: 'application/json', filename: `person-${row.subject}.json`, content });
    return { events };
  }

  /** The last try failed: the row says so, with the reason (errors here carry no personal data). */
  async failed(exportId: string, error: Error): Promise<void> {
    await this.store.fail(exportId, error.message);
  }

  private async required(exportId: string): Promise<ExportRow> {
    const row = await this.store.find(exportId);
    if (!row) throw new Error(`export ${exportId} does not exist`);
    return row;
  }
}
