import type { Actor } from '#crm/auth';
import type { AccessRecord } from './access-log.store.js';

/** Who reads, as the access log keeps it: from the API key, never from the request. */
export const accessorOf = (actor: Actor): Pick<AccessRecord, 'actorId' | 'actorRole' | 'apiKeyId'> => ({
  actorId: actor.id,
  actorRole: actor.role,
  apiKeyId: actor.keyId,
});

/** Who read names from the directory (a page of it, or a report naming customers), where and why. */
export type DirectoryReader = { actor: Actor; reason: string | null; route: string };

/** The access-log entry of a read of `rowCount` customers' personal data through the directory; `query`, its filters. */
export const directoryRead = (reader: DirectoryReader, rowCount: number, query?: string): AccessRecord => ({
  ...accessorOf(reader.actor),
  subjectKind: 'directory',
  subjectId: '',
  action: 'search',
  route: reader.route,
  reason: reader.reason,
  ...(query !== undefined && { query }),
  rowCount,
});
