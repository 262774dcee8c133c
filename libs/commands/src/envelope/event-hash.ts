import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { UnhashedMetadata } from './event-metadata.js';

export type HashedContent = {
  streamName: string;
  revision: bigint;
  eventId: string;
  type: string;
  schemaVersion: number;
  /** As stored: after the codec has encoded it, so the chain still verifies once a key is destroyed. */
  data: object;
  metadata: UnhashedMetadata;
};

/** SHA-256 (hex) of the canonical JSON of an event's content; a verifier recomputes it from the log. */
export function eventHash(content: HashedContent): string {
  const { revision, ...rest } = content;
  return createHash('sha256').update(canonicalJson({ ...rest, revision: revision.toString() })).digest('hex');
}
