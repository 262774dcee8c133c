import type { SignedInStaff } from './types.js';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, ApiError } from './http.js';

export type Role = SignedInStaff['role'];

/**
 * Who is signed in, as this tab last heard it. Screens render from it (and the customer page starts
 * fetching its data) at once while `/auth/me` confirms it, instead of after it: a hint, not an
 * authority, since the API checks every request, and a 401 forgets it and returns to sign-in.
 */
const REMEMBERED = 'crm.me';

function remembered(): SignedInStaff | undefined {
  try {
    const text = sessionStorage.getItem(REMEMBERED);
    return text ? (JSON.parse(text) as SignedInStaff) : undefined;
  } catch {
    return undefined;
  }
}

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: () => api.get<SignedInStaff>('/auth/me'),
  // Stale from the start: a remembered identity is shown, and asked for again at once.
  initialData: remembered,
  initialDataUpdatedAt: 0,
  staleTime: 60_000,
  retry: false,
});

/** Keeps this tab's remembered identity in step with the cache: every answer, a locale change, a 401. */
export function rememberIdentity(client: QueryClient): void {
  client.getQueryCache().subscribe((event) => {
    // A query no longer in the cache (sign-out emptied it) still holds its data, and its observers
    // still report on it as they leave: only the cache's own `me` speaks for this tab.
    if (event.query.queryKey[0] !== 'me' || client.getQueryCache().get(event.query.queryHash) !== event.query) return;
    const { data, error } = event.query.state;
    if (error instanceof ApiError && error.status === 401) sessionStorage.removeItem(REMEMBERED);
    else if (data) sessionStorage.setItem(REMEMBERED, JSON.stringify(data));
  });
}

/**
 * Signed out: nothing cached stays, the identity first (a screen still mounted rebuilds its `me`
 * query from it as the cache empties).
 */
export function forgetSession(client: QueryClient): void {
  sessionStorage.removeItem(REMEMBERED);
  client.clear();
}

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
