import { nameBasedUuid } from './name-based-uuid.js';

/**
 * An event id from a seed: the same request retried produces the same event ids, so the log
 * itself recognises the retry even when nothing else remembered the first try.
 */
export function deterministicEventId(seed: string, streamName: string, index: number): string {
  return nameBasedUuid(`${streamName}\n${seed}\n${index}`);
}
