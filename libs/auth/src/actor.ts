import type { Role } from './roles.js';

/**
 * Who is acting, as established by an API key or a signed-in session. `id` is what goes into an
 * event's metadata as its actor: the staff member when there is one, otherwise the key itself
 * (machine keys). `keyId` scopes idempotency keys and the access log: the API key's id, or
 * `staff:<id>` for a person signed in (shared by their sessions, so a retry after signing in
 * again still finds its first answer).
 */
export interface Actor {
  id: string;
  role: Role;
  name: string;
  staffId: string | null;
  keyId: string;
  credential: 'api-key' | 'session';
}

export function actorIdFor(key: { id: string; staffId: string | null }): string {
  return key.staffId ?? `api-key:${key.id}`;
}
