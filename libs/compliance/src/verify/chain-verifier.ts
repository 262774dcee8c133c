import { eventHash, type UnhashedMetadata } from '#crm/commands';
import { formatPosition, type RecordedEvent } from '#crm/event-store';
import type { ChainMismatch, MismatchReason } from './chain-mismatch.js';

type StreamHead = { revision: bigint; hash: string };

/**
 * Follows every stream's hash chain through the log in log order (which keeps each stream's
 * order). It needs no key: hashes are over the stored, encrypted data, so erased events verify.
 */
export class ChainVerifier {
  private readonly heads = new Map<string, StreamHead>();
  private checked = 0;

  get events(): number {
    return this.checked;
  }

  get streams(): number {
    return this.heads.size;
  }

  /** The first thing wrong with this event, or null; the stream's head moves on either way. */
  check(event: RecordedEvent): ChainMismatch | null {
    this.checked += 1;
    const head = this.heads.get(event.streamName);
    const { hash, ...unhashed } = event.metadata as UnhashedMetadata & { hash?: unknown };
    this.heads.set(event.streamName, { revision: event.revision, hash: String(hash) });

    const expectedRevision = head ? head.revision + 1n : 0n;
    if (event.revision !== expectedRevision) {
      return mismatch(event, 'revision-gap', `expected revision ${expectedRevision}, found ${event.revision}`);
    }
    const expectedPrevious = head?.hash ?? null;
    if (unhashed.previousHash !== expectedPrevious) {
      return mismatch(event, 'broken-link', `previousHash is ${unhashed.previousHash ?? 'null'}, the event before has ${expectedPrevious ?? 'none'}`);
    }
    const recomputed = eventHash({
      streamName: event.streamName,
      revision: event.revision,
      eventId: event.id,
      type: event.type,
      schemaVersion: unhashed.schemaVersion,
      data: event.data,
      metadata: unhashed,
    });
    if (recomputed !== hash) {
      return mismatch(event, 'hash-mismatch', `stored hash ${typeof hash === 'string' ? hash : 'missing'}, content hashes to ${recomputed}`);
    }
    return null;
  }
}

function mismatch(event: RecordedEvent, reason: MismatchReason, detail: string): ChainMismatch {
  return {
    position: formatPosition(event.position),
    eventId: event.id,
    streamName: event.streamName,
    revision: event.revision.toString(),
    type: event.type,
    reason,
    detail,
  };
}
