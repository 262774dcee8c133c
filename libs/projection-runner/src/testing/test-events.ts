import { randomUUID } from 'node:crypto';
import type { AppendResult, EventStore } from '#crm/event-store';
import { COUNTED, IGNORED } from './test-projections.js';

/** Appends `count` counted events to `stream`, one append each unless `perAppend` says otherwise. */
export async function appendCounted(
  store: EventStore,
  stream: string,
  count: number,
  options: { perAppend?: number; data?: Record<string, unknown> } = {},
): Promise<AppendResult> {
  const perAppend = options.perAppend ?? 1;
  let last: AppendResult | undefined;
  for (let done = 0; done < count; done += perAppend) {
    const events = Array.from({ length: Math.min(perAppend, count - done) }, () => ({
      id: randomUUID(),
      type: COUNTED,
      data: { ...options.data },
      metadata: {},
    }));
    last = await store.appendToStream(stream, events);
  }
  if (!last) throw new Error('appendCounted: count must be positive');
  return last;
}

export async function appendIgnored(store: EventStore, stream: string): Promise<AppendResult> {
  return store.appendToStream(stream, [{ id: randomUUID(), type: IGNORED, data: {}, metadata: {} }]);
}
