import type { SignedInStaff } from './types.js';
import { useQuery } from '@tanstack/react-query';
import { api } from './http.js';

export type Role = SignedInStaff['role'];

export const meQuery = { queryKey: ['me'], queryFn: () => api.get<SignedInStaff>('/auth/me'), staleTime: 60_000, retry: false } as const;

/** The roles that read the read models (timeline, segments, signals): not compliance, which reads the log. */
export function readsModels(role: Role | undefined): boolean {
  return role === 'operator' || role === 'analyst' || role === 'admin';
}

export function useMe() {
  return useQuery(meQuery);
}

/** Which screens each role may use; the API checks every request anyway (docs/roles.md). */
export const screenRoles = {
  myDay: ['operator', 'admin'],
  customers: ['operator', 'analyst', 'admin'],
  pipeline: ['operator', 'admin'],
  duplicates: ['operator', 'admin'],
  segments: ['analyst', 'admin'],
  analytics: ['analyst', 'admin'],
  compliance: ['compliance', 'admin'],
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Screen = keyof typeof screenRoles;

export function mayUse(role: Role, screen: Screen): boolean {
  return (screenRoles[screen] as readonly Role[]).includes(role);
}

/** Where a role lands after signing in. */
export function homeOf(role: Role): string {
  if (role === 'compliance') return '/compliance';
  if (role === 'analyst') return '/analytics';
  return '/my-day';
}
