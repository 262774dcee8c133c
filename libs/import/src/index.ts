export { importFile, importTouches, type ImportOptions } from './import.service.js';
export type { BadRow, ImportProgress, ImportSummary } from './import-summary.js';
export { importKinds, type ImportKind } from './mapping/import-kind.js';
export type { FieldSpec, ImportMapping } from './mapping/import-mapping.js';
export type { MappingOverrides } from './mapping/mapping-overrides.js';
export { ImportFileError, MappingError } from './import.errors.js';
export { ImportIds } from './ids/import-ids.js';
export { toInstantIn } from './values/local-time.js';
export { useImportHeapPolicy } from './heap-policy.js';
