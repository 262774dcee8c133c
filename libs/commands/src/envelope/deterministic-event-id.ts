import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, name-based) from a seed: the same request retried produces the same event
 * ids, so the log itself recognises the retry even when nothing else remembered the first try.
 */
export function deterministicEventId(seed: string, streamName: string, index: number): string {
  const bytes = createHash('sha256').update(`${streamName}\n${seed}\n${index}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
