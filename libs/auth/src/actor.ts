import type { Role } from './roles.js';

/**
 * Who is acting, as established by an API key. `id` is what goes into an event's metadata as its
 * actor: the staff member when the key names one, otherwise the key itself (machine keys).
 */
export interface Actor {
  id: string;
  role: Role;
  name: string;
  staffId: string | null;
  keyId: string;
}

export function actorIdFor(key: { id: string; staffId: string | null }): string {
  return key.staffId ?? `api-key:${key.id}`;
}
