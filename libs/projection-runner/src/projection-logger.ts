import { Logger } from '@nestjs/common';

/** Lines carry projection names, positions, event ids and types: never event data. */
export interface ProjectionLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function defaultProjectionLogger(context: string): ProjectionLogger {
  return new Logger(context);
}
