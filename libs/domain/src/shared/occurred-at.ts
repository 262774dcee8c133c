/**
 * The business time of an event, for the metadata the pipeline writes: the event's own
 * `occurredAt` when it has one, else null (the pipeline then uses the command's `now`).
 */
export function occurredAtOf(event: { data: object }): string | null {
  const occurredAt = (event.data as { occurredAt?: unknown }).occurredAt;
  return typeof occurredAt === 'string' ? occurredAt : null;
}
