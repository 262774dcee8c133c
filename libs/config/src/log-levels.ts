import { ConsoleLogger } from '@nestjs/common';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

export type LogLevel = (typeof LOG_LEVELS)[number];

/** Nest takes the list of levels to print; LOG_LEVEL names the most verbose one wanted. */
export function logLevelsUpTo(level: LogLevel): LogLevel[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
}

/**
 * Nest's console logger at LOG_LEVEL, less the stack trace Nest prints (context ExceptionHandler)
 * for an error thrown while an app starts: runMain reports a failed start in one line.
 */
export class CrmLogger extends ConsoleLogger {
  override error(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) === 'ExceptionHandler') return;
    super.error(message, ...rest);
  }
}

export function crmLogger(level: LogLevel): CrmLogger {
  const logger = new CrmLogger();
  logger.setLogLevels(logLevelsUpTo(level));
  return logger;
}
