/** The file cannot be imported at all (missing, unreadable, no header): nothing was written. */
export class ImportFileError extends Error {
  readonly code = 'IMPORT_FILE';
}

/** The mapping is wrong (unknown field, a column the file lacks...): names the field, nothing was written. */
export class MappingError extends Error {
  readonly code = 'IMPORT_MAPPING';
  constructor(readonly field: string, reason: string) {
    super(`mapping ${field}: ${reason}`);
  }
}

/** What is wrong with one row (or one value in it); the row is reported with its line and skipped. */
export class RowProblem extends Error {
  readonly code = 'IMPORT_ROW';
}
