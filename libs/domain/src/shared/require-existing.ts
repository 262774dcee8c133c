import { NotFoundError } from './errors.js';

/** A command on an aggregate that was never created is a 404, whatever the command. */
export function requireExisting<S extends { status: string }>(
  state: S,
  entity: string,
  id: string,
): Exclude<S, { status: 'unknown' }> {
  if (state.status === 'unknown') throw new NotFoundError(entity, id);
  return state as Exclude<S, { status: 'unknown' }>;
}
