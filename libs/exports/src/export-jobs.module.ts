import { Module } from '@nestjs/common';
import { AccessLogModule } from '#crm/compliance';
import { projectionsModule } from '#crm/projections';
import { ExportJobsService } from './export-jobs.service.js';
import { ExportStore } from './export.store.js';
import { ExportJobs } from './export.jobs.js';
import { CustomerExportService } from './customer-export.service.js';
import { PersonExportFile } from './person/person-export.file.js';

/**
 * The running side, imported by the worker. Rebuilds need the projection registry and rebuilder
 * without running projections; kept local so the one-process crm's own (global) runner is untouched.
 * A person's export lists who read their data, hence the access log.
 */
@Module({
  imports: [{ ...projectionsModule({ run: false }), global: false }, AccessLogModule],
  providers: [ExportJobs, ExportJobsService, ExportStore, CustomerExportService, PersonExportFile],
})
export class ExportJobsModule {}
