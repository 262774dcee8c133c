import { randomUUID } from 'node:crypto';
import type { EventToAppend, JsonObject } from '../event-store.port.js';

export function newEvent(type: string, data: JsonObject = {}, metadata: JsonObject = {}): EventToAppend {
  return { id: randomUUID(), type, data, metadata };
}

/**
 * A prefix no other test uses, so every test can share one store: stream names start with it
 * and event types end with its tag.
 */
export function uniqueScope(label: string): { prefix: string; tag: string; stream(name: string): string; type(name: string): string } {
  const tag = randomUUID().replaceAll('-', '').slice(0, 12);
  const prefix = `contract${tag}-${label}-`;
  return { prefix, tag, stream: (name) => `${prefix}${name}`, type: (name) => `${name}${tag}` };
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
