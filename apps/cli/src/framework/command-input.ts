import type { CommandInput } from './cli-command.js';
import { UsageError } from './usage-error.js';

export function optionalFlag(input: CommandInput, name: string): string | undefined {
  const value = input.values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} needs a value`);
  return value;
}

export function requiredFlag(input: CommandInput, name: string): string {
  const value = optionalFlag(input, name);
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

/** Runs a check of the command line, turning a library's validation error into a usage error. */
export function asUsage<T>(validationError: abstract new (...args: never[]) => Error, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof validationError) throw new UsageError(error.message);
    throw error;
  }
}

/** asUsage for work that answers later. */
export async function asUsageOf<T>(validationError: abstract new (...args: never[]) => Error, work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => asUsage(validationError, () => {
    throw error;
  }));
}
