import type { LoggerService, LogLevel } from '@nestjs/common';
import { crmLogger, logLevelsUpTo } from '#crm/config';
import { currentRequestContext } from './request-context.js';

/**
 * LOG_FORMAT=json: one JSON object per line — time, level, context, message and the request's
 * ids (request, correlation, actor). Messages are the same as in text, which name ids, types and
 * routes, never personal data; nothing from request bodies is added here.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private levels: LogLevel[],
    private readonly write: (line: string, level: LogLevel) => void = (line, level) =>
      (level === 'error' || level === 'fatal' ? process.stderr : process.stdout).write(line),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.print('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.print('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.print('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.print('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.print('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.print('fatal', message, rest);
  }
  setLogLevels(levels: LogLevel[]): void {
    this.levels = levels;
  }

  private print(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.levels.includes(level)) return;
    // Nest passes (message, context) or, for errors, (message, stack, context).
    const context = rest.length > 0 && typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const stack = level === 'error' && rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : message instanceof Error ? message.stack : undefined;
    const request = currentRequestContext();
    const line = {
      time: new Date().toISOString(),
      level,
      context,
      message: message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message),
      requestId: request?.requestId,
      correlationId: request?.correlationId,
      actorId: request?.actorId,
      stack,
    };
    this.write(`${JSON.stringify(line)}\n`, level);
  }
}

/** Nest's `logger` option for the configured level and format. */
export function appLogger(config: { logLevel: LogLevel; logFormat?: 'text' | 'json' }): LoggerService {
  return config.logFormat === 'json' ? new JsonLogger(logLevelsUpTo(config.logLevel)) : crmLogger(config.logLevel);
}

/**
 * The lines a process prints once started (where it listens, where its data lives): always shown,
 * whatever LOG_LEVEL, as plain text or, with LOG_FORMAT=json, as JSON lines like every other.
 */
export function printStartupLines(config: { logFormat?: 'text' | 'json' }, context: string, lines: string[]): void {
  if (config.logFormat !== 'json') {
    lines.forEach((line) => console.log(line));
    return;
  }
  const logger = new JsonLogger(['log']);
  lines.forEach((line) => logger.log(line, context));
}
