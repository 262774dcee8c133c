import { Module } from '@nestjs/common';
import { projectionsModule } from '../../../projector/src/projections.module.js';
import { ExportJobsService } from './export-jobs.service.js';
import { ExportStore } from './export.store.js';
import { ExportJobs } from './export.jobs.js';

/**
 * The running side, imported by the worker. Rebuilds need the projection registry and rebuilder
 * without running projections; kept local so the one-process crm's own (global) runner is untouched.
 */
@Module({
  imports: [{ ...projectionsModule({ run: false }), global: false }],
  providers: [ExportJobs, ExportJobsService, ExportStore],
})
export class ExportJobsModule {}
