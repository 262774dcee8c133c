import type { SealedLogName } from '../seal/seal.table.js';

/**
 * Why an event does not belong where the log has it:
 * - hash-mismatch: its content (data, metadata, stream, revision, id, type) is not what was hashed when it was written;
 * - broken-link: it does not point at the hash of the stream's event before it (one was changed, removed or inserted);
 * - revision-gap: the stream's revisions skip or repeat (an event was removed);
 * - changed-since-sealed: a stored column (recorded time included) differs from what a seal signed;
 * - missing-since-sealed: a seal signed it, the log no longer has it (a deleted tail or stream too);
 * - inserted-into-sealed: it sits inside a sealed range that does not list it.
 */
export type MismatchReason = 'hash-mismatch' | 'broken-link' | 'revision-gap' | SealedItemReason;
export type SealedItemReason = 'changed-since-sealed' | 'missing-since-sealed' | 'inserted-into-sealed';

export type ChainMismatch = {
  log: 'events';
  position: string;
  eventId: string;
  streamName: string;
  revision: string;
  type: string;
  reason: MismatchReason;
  /** The seal whose entries name it, for the reasons that come from seals. */
  seal?: string;
  /** What was expected and found: hashes, revisions. Never event data. */
  detail: string;
};

export type AccessMismatch = {
  log: 'access';
  entryId: string;
  reason: SealedItemReason;
  seal: string;
  detail: string;
};

/**
 * A seal that cannot be trusted, so the items it would cover are not checked against it:
 * - seal-signature: its signature does not verify with the public key (forged, altered, or another key);
 * - seal-missing: the seals do not follow on (a number skipped, or a seal's start is not its predecessor's end);
 * - seal-entries: its stored entries do not chain to the head hash it signed.
 */
export type SealMismatch = {
  log: SealedLogName;
  reason: 'seal-signature' | 'seal-missing' | 'seal-entries';
  seal: string;
  detail: string;
};

export type VerifyProblem = ChainMismatch | AccessMismatch | SealMismatch;
