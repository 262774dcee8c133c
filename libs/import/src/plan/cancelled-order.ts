import { orderIn, type CustomerState, type PurchaseLine } from '#crm/domain';
import type { StreamView } from '../streams/stream-view.js';

export type Cancellation = { lines: readonly PurchaseLine[]; amount: number; currency: string; occurredAt: string | undefined };

/**
 * The order a cancellation takes back when the file does not say (Online Retail's "C" invoices name
 * no original): the customer's latest earlier order, in the same currency, with enough left to
 * cancel, holding all the cancelled items — or, failing that, some of them. Null when none matches
 * (the order predates the file): the caller records a return without an order, never a guess.
 */
export function cancelledOrderOf(view: StreamView, cancellation: Cancellation): string | null {
  const customer = view.state as CustomerState;
  const skus = cancellation.lines.map((line) => line.sku);
  let best: { orderId: string; score: number; occurredAt: string } | null = null;
  if (customer.status === 'active') {
    for (const [orderId, items] of view.orders) {
      const order = orderIn(customer.orders, orderId);
      if (!order || order.currency !== cancellation.currency || order.amount - order.cancelledAmount < cancellation.amount) continue;
      if (cancellation.occurredAt !== undefined && items.occurredAt > cancellation.occurredAt) continue;
      const held = skus.filter((sku) => items.skus.includes(sku)).length;
      const score = held === skus.length ? 2 : held > 0 ? 1 : 0;
      if (score === 0) continue;
      if (!best || score > best.score || (score === best.score && items.occurredAt >= best.occurredAt)) best = { orderId, score, occurredAt: items.occurredAt };
    }
  }
  return best?.orderId ?? null;
}
