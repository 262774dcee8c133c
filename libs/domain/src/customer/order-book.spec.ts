import { emptyOrderBook, orderIn, ordersById, withOrder, type OrderBook } from './order-book.js';

const order = (index: number, cancelledAmount = 0) => ({ orderId: `O-${index}`, currency: 'EUR', amount: 100 + index, cancelledAmount });

describe('order book', () => {
  it('finds every order it was given, by id, and none it was not', () => {
    let book: OrderBook = emptyOrderBook;
    for (let index = 0; index < 1_000; index += 1) book = withOrder(book, order(index));
    for (let index = 0; index < 1_000; index += 1) expect(orderIn(book, `O-${index}`)).toEqual(order(index));
    expect(orderIn(book, 'O-1000')).toBeUndefined();
    expect(Object.keys(ordersById(book))).toHaveLength(1_000);
  });

  it('gives a new book and leaves the earlier one as it was (states are folded purely)', () => {
    const before = withOrder(withOrder(emptyOrderBook, order(1)), order(2));
    const snapshot = JSON.parse(JSON.stringify(before));
    const after = withOrder(before, order(1, 40));
    expect(before).toEqual(snapshot);
    expect(orderIn(after, 'O-1')).toEqual(order(1, 40));
    expect(ordersById(after)).toEqual({ 'O-1': order(1, 40), 'O-2': order(2) });
  });
});
