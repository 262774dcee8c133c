/**
 * Why an event does not belong where the log has it:
 * - hash-mismatch: its content (data, metadata, stream, revision, id, type) is not what was hashed when it was written;
 * - broken-link: it does not point at the hash of the stream's event before it (one was changed, removed or inserted);
 * - revision-gap: the stream's revisions skip or repeat (an event was removed).
 */
export type MismatchReason = 'hash-mismatch' | 'broken-link' | 'revision-gap';

export type ChainMismatch = {
  position: string;
  eventId: string;
  streamName: string;
  revision: string;
  type: string;
  reason: MismatchReason;
  /** What was expected and found: hashes, revisions. Never event data. */
  detail: string;
};
