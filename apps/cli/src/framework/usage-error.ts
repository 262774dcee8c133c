/** The command line was wrong (unknown command or flag, missing or bad value): exit code 2. */
export class UsageError extends Error {
  readonly code = 'USAGE';
}
