import type { Actor } from '#crm/auth';
import type { AccessRecord } from './access-log.store.js';

/** Who reads, as the access log keeps it: from the API key, never from the request. */
export const accessorOf = (actor: Actor): Pick<AccessRecord, 'actorId' | 'actorRole' | 'apiKeyId'> => ({
  actorId: actor.id,
  actorRole: actor.role,
  apiKeyId: actor.keyId,
});
