export interface ConfigIssue {
  variable: string;
  reason: string;
}

/** Every bad variable at once, so one restart fixes them all. */
export class InvalidConfigError extends Error {
  readonly code = 'INVALID_CONFIG';
  constructor(readonly issues: ConfigIssue[]) {
    super(`invalid configuration: ${issues.map(({ variable, reason }) => `${variable} ${reason}`).join('; ')}`);
  }
}
