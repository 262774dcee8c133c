import type { CustomerLifecycleView, DirectoryPage, HistoryPage, PresentedCustomerState, Schemas, TimelinePage } from '../api/types.js';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/http.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * The domain's union, narrower than the document's one flat CustomerStateDto (whose fields are
 * optional because which are present depends on status).
 */
export type CustomerState = PresentedCustomerState & { revision: string | null };

export type CustomerSegments = Schemas['CustomerSegmentsDto'];
export type SegmentStay = CustomerSegments['current'][number] & { leftAt?: string };
/** The segments whose rules the customer matched at a business time: no stays, no entry times. */
export type CustomerSegmentsAt = Schemas['CustomerSegmentsAtDto'];

/** A point in time on either axis (docs/time-travel.md): what the CRM knew (asOf), or how things stood (validAt). */
export interface PointInTime {
  asOf?: string;
  validAt?: string;
}

export const TIMELINE_PAGE = 30;
const LIVE_POLL_MS = 5_000;
/**
 * The page's state and timeline stay live through the server-sent events (which refresh them on
 * every change, and once when the stream opens) or the timeline's polling: what the router's
 * loader fetched moments before the page mounted is not fetched again on mount.
 */
const FRESH_MS = 5_000;

export const customerKeys = {
  state: (id: string, { asOf, validAt }: PointInTime = {}) => ['customer', id, 'state', asOf ?? 'now', validAt ?? 'now'] as const,
  lifecycle: (id: string, validAt?: string) => ['customer', id, 'lifecycle', validAt ?? 'now'] as const,
  segments: (id: string, validAt?: string) => ['customer', id, 'segments', validAt ?? 'now'] as const,
  timeline: (id: string, types: readonly string[], asOf?: string, contacts = false) =>
    ['customer', id, 'timeline', types.join(','), asOf ?? 'now', contacts ? 'with-contacts' : 'own'] as const,
  contacts: (id: string) => ['customer', id, 'contacts'] as const,
  history: (id: string) => ['customer', id, 'history'] as const,
};

/** The directory's largest page: more ids than this are named in pages of their own by the caller. */
const MAX_NAMED = 200;

/**
 * Names for records other answers list by id, from the directory (`?id=`), which masks them for
 * analysts and logs the read; a record it cannot name (merged away, out of scope, masked) gets the
 * generic label.
 */
export function useCustomerNames(ids: readonly string[]) {
  const { t } = useI18n();
  const wanted = [...new Set(ids)].sort().slice(0, MAX_NAMED);
  const named = useQuery({
    queryKey: ['directory', { id: wanted }],
    queryFn: () => api.get<DirectoryPage>('/customers', { id: wanted.join(','), limit: MAX_NAMED }),
    enabled: wanted.length > 0,
    placeholderData: (previous) => previous,
  });
  const names = new Map(named.data?.items.map((item) => [item.customerId, item.name]));
  return { nameOf: (id: string) => names.get(id) ?? t('customer.unnamed'), error: named.error };
}

function customerStateQuery(id: string, point: PointInTime) {
  return queryOptions({
    queryKey: customerKeys.state(id, point),
    queryFn: () => api.get<CustomerState>(`/customers/${id}/state`, { asOf: point.asOf, validAt: point.validAt }),
    staleTime: FRESH_MS,
  });
}

export function useCustomerState(id: string, point: PointInTime = {}) {
  return useQuery({ ...customerStateQuery(id, point), placeholderData: (previous) => previous });
}

export function useLifecycle(id: string, enabled: boolean, validAt?: string) {
  return useQuery({ queryKey: customerKeys.lifecycle(id, validAt), queryFn: () => api.get<CustomerLifecycleView>(`/customers/${id}/lifecycle`, { validAt }), enabled });
}

export function useCustomerSegments(id: string, enabled: boolean) {
  return useQuery({ queryKey: customerKeys.segments(id), queryFn: () => api.get<CustomerSegments>(`/customers/${id}/segments`), enabled });
}

export function useCustomerSegmentsAt(id: string, validAt: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: customerKeys.segments(id, validAt),
    queryFn: () => api.get<CustomerSegmentsAt>(`/customers/${id}/segments`, { validAt }),
    enabled: enabled && validAt !== undefined,
  });
}

/**
 * Newest first, a page at a time. Without a point in time it stays live: the server-sent events
 * stream invalidates it when the customer changes, and polling covers a browser or proxy that
 * drops the stream.
 */
export function useTimeline(id: string, types: readonly string[], asOf: string | undefined, poll: boolean, contacts = false) {
  return useInfiniteQuery({ ...timelineQuery(id, types, asOf, contacts), refetchInterval: asOf || !poll ? false : LIVE_POLL_MS });
}

/** `ahead`: the page opens on it, so its first page goes ahead of the page's other reads (api.getFirst). */
function timelineQuery(id: string, types: readonly string[], asOf: string | undefined, contacts: boolean, ahead = false) {
  return infiniteQueryOptions({
    queryKey: customerKeys.timeline(id, types, asOf, contacts),
    queryFn: ({ pageParam }) =>
      (ahead && pageParam === undefined ? api.getFirst : api.get)<TimelinePage>(`/customers/${id}/timeline`, {
        type: types,
        to: asOf,
        cursor: pageParam,
        limit: TIMELINE_PAGE,
        include: contacts ? 'contacts' : undefined,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: FRESH_MS,
  });
}

/**
 * Starts the customer page's state and first timeline page (as the page will ask for them, from
 * its URL) while the page's code loads: without it they waited for the code, for React to reveal
 * the page (up to 300 ms after a fallback) and for the page's effects. `timeline`: the page opens
 * on its timeline tab, for a role that reads it; that page then goes ahead of the rest.
 * (Holding the whole page back until the timeline was in the cache was slower: the page's first
 * render then came after it, where it runs alongside.)
 */
export function prefetchCustomerPage(queryClient: QueryClient, id: string, search: URLSearchParams, timeline: boolean): void {
  const asOf = search.get('asOf') ?? undefined;
  const validAt = search.get('validAt') ?? undefined;
  if (timeline) {
    const types = search.get('type')?.split(',').filter(Boolean) ?? [];
    void queryClient.prefetchInfiniteQuery(timelineQuery(id, types, asOf ?? validAt, search.get('include') === 'contacts', true));
  }
  void queryClient.prefetchQuery(customerStateQuery(id, { asOf, validAt }));
}

export function useHistory(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: customerKeys.history(id),
    queryFn: ({ pageParam }) => api.get<HistoryPage>(`/customers/${id}/history`, { after: pageParam, limit: 200 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
    enabled,
  });
}

/** The customer's first event, where the time-travel slider starts: one event, not a page of them. */
export function useFirstEvent(id: string) {
  return useQuery({
    queryKey: [...customerKeys.history(id), 'first'],
    queryFn: async () => (await api.get<HistoryPage>(`/customers/${id}/history`, { limit: 1 })).events[0] ?? null,
    // A stream only grows at its end: its first event stays the first.
    staleTime: Infinity,
  });
}

/** An organization's people with their role there, by name. */
export function useContacts(id: string) {
  return useInfiniteQuery({
    queryKey: customerKeys.contacts(id),
    queryFn: ({ pageParam }) => api.get<DirectoryPage>(`/customers/${id}/contacts`, { cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
