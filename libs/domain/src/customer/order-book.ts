export type OrderState = { orderId: string; currency: string; amount: number; cancelledAmount: number };

/**
 * A customer's orders by id, in buckets chosen by a hash of the id. The state is folded purely (each
 * event gives a new state), so a flat record would be copied whole on every purchase: a customer
 * with 8,700 orders took 13 s to fold. Here a purchase copies the bucket index and one bucket.
 * Plain data, so states still serialise (snapshots, `GET /customers/:id/state` via `ordersById`).
 */
export type OrderBook = Record<string, Record<string, OrderState>>;

const BUCKETS = 128;

function bucketOf(orderId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < orderId.length; index += 1) hash = Math.imul(hash ^ orderId.charCodeAt(index), 0x01000193);
  return ((hash >>> 0) % BUCKETS).toString(36);
}

export const emptyOrderBook: OrderBook = {};

export function orderIn(book: OrderBook, orderId: string): OrderState | undefined {
  return book[bucketOf(orderId)]?.[orderId];
}

export function withOrder(book: OrderBook, order: OrderState): OrderBook {
  const bucket = bucketOf(order.orderId);
  return { ...book, [bucket]: { ...book[bucket], [order.orderId]: order } };
}

export function ordersById(book: OrderBook): Record<string, OrderState> {
  return Object.assign({}, ...Object.values(book));
}

export function withoutOrder(book: OrderBook, orderId: string): OrderBook {
  const bucket = bucketOf(orderId);
  const { [orderId]: _removed, ...rest } = book[bucket] ?? {};
  return { ...book, [bucket]: rest };
}
