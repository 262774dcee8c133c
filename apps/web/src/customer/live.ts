import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';

const connected = new Set<string>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/**
 * While the page is open, the API's server-sent events say when this customer has new events;
 * each one refreshes what the page shows. When the stream cannot be opened (or drops), the
 * timeline's own polling takes over.
 */
export function useCustomerLive(customerId: string, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/customers/${customerId}/live`);
    source.onopen = () => {
      connected.add(customerId);
      notify();
    };
    source.onmessage = () => void queryClient.invalidateQueries({ queryKey: ['customer', customerId] });
    source.onerror = () => {
      connected.delete(customerId);
      notify();
    };
    return () => {
      source.close();
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
