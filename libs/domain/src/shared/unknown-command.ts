import { ValidationError } from './errors.js';

/** Commands can come from untyped sources (queues, the CLI); a type no decider knows is bad input. */
export function unknownCommand(command: never): ValidationError {
  const type = (command as { type?: unknown }).type;
  return new ValidationError([{ field: 'type', reason: `${JSON.stringify(type)} is not a command this aggregate handles` }]);
}
