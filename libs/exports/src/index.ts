// Exports: the store the api records requests in and the worker's side that writes the files.
export { ExportJobsModule } from './export-jobs.module.js';
export { ExportStore, exportKinds, type ExportKind, type ExportRow } from './export.store.js';
export { CustomerExportService } from './customer-export.service.js';
export { PersonExportFile } from './person/person-export.file.js';
