import { useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { TimelinePage } from '../api/types.js';
import { useEffect, useSyncExternalStore } from 'react';

const connected = new Set<string>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/**
 * Runs `then` once no timeline of the customer is still fetching its first page; the function it
 * returns stops waiting (the page closed first).
 */
function whenFirstPagesIn(queryClient: QueryClient, customerId: string, then: () => void): () => void {
  const cache = queryClient.getQueryCache();
  const settled = () => !cache.findAll({ queryKey: ['customer', customerId, 'timeline'] }).some((query) => query.state.data === undefined && query.state.fetchStatus === 'fetching');
  if (settled()) {
    then();
    return () => undefined;
  }
  const unsubscribe = cache.subscribe(() => {
    if (!settled()) return;
    unsubscribe();
    then();
  });
  return unsubscribe;
}

/**
 * The head the page's timelines (as of now) were read at, when they all were read at the same one:
 * the stream opened `since` it stays quiet until there is something newer than what they show.
 * The page's other reads were sent with or after the timeline's first page, and are as new.
 */
function headShown(queryClient: QueryClient, customerId: string): string | null {
  const heads = new Set(
    queryClient
      .getQueriesData<InfiniteData<TimelinePage>>({ queryKey: ['customer', customerId, 'timeline'] })
      .filter(([key]) => key[4] === 'now')
      .map(([, data]) => data?.pages[0]?.head),
  );
  const [head] = heads;
  return heads.size === 1 && typeof head === 'string' ? head : null;
}

/**
 * While the page is open, the API's server-sent events say when this customer has new events;
 * each one refreshes what the page shows. When the stream cannot be opened (or drops), the
 * timeline's own polling takes over. The stream opens once the page's first timeline page is in,
 * and from its head: opened blind, its first message (the head, always) had the page read again,
 * the state's fold of the whole stream included, everything it had just read.
 */
export function useCustomerLive(customerId: string, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | undefined;
    const stopWaiting = whenFirstPagesIn(queryClient, customerId, () => {
      const since = headShown(queryClient, customerId);
      source = new EventSource(`/customers/${customerId}/live${since ? `?since=${since}` : ''}`);
      source.onopen = () => {
        connected.add(customerId);
        notify();
      };
      source.onmessage = () => void queryClient.invalidateQueries({ queryKey: ['customer', customerId] });
      source.onerror = () => {
        connected.delete(customerId);
        notify();
      };
    });
    return () => {
      stopWaiting();
      source?.close();
      connected.delete(customerId);
      notify();
    };
  }, [customerId, enabled, queryClient]);
}

export function useLiveConnected(customerId: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => connected.has(customerId),
  );
}
