import type { DomainEvent } from '#crm/domain';
import type { UuidSet } from '../ids/uuid-set.js';

/** When an order was placed and which items it held: what a cancellation naming no order is matched by. */
export type OrderItems = { occurredAt: string; skus: readonly string[] };

/**
 * What the import knows of one stream: the decider's state, where the stream ends (revision and
 * hash, for the next append), the ids of its events (to recognise facts already imported) and the
 * items of its orders.
 */
export type StreamView = {
  state: unknown;
  revision: bigint | null;
  lastHash: string | null;
  eventIds: UuidSet;
  orders: Map<string, OrderItems>;
};

export function indexOrder(view: StreamView, event: DomainEvent): void {
  if (event.type !== 'PurchaseRecorded') return;
  const { orderId, occurredAt, lines } = event.data as { orderId: string | null; occurredAt: string; lines: { sku: string }[] };
  if (orderId !== null) view.orders.set(orderId, { occurredAt, skus: [...new Set(lines.map((line) => line.sku))] });
}
