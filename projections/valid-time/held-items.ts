import type { LifecycleFacts, MoneyFact } from '#crm/domain';
import type { CustomerFacts } from '../segments/customer-facts.js';
import type { FactPoint } from './fact-points.js';

/**
 * The lists of a customer's facts that grow with its history: its purchases and complaints, and
 * the lifecycle's money and replies within their windows. A point keeps the rest of the facts;
 * each entry of these lists is one `fact_item` row, held over the business time [from, to) it is
 * in the list. Copied into every point, they made valid_time's storage grow with the square of a
 * history (a customer with a thousand purchases wrote them all again for each new one).
 */
export type HeldItem =
  | { list: 'purchases'; value: CustomerFacts['purchases'][number] }
  | { list: 'complaints'; value: CustomerFacts['complaints'][number] }
  | { list: 'money'; value: MoneyFact }
  | { list: 'replies'; value: number };

type HeldList = HeldItem['list'];
const HELD_LISTS: readonly HeldList[] = ['purchases', 'complaints', 'money', 'replies'];

/** A point's facts without the held lists: what `fact_point` stores. */
export type PointFacts = Omit<CustomerFacts, 'purchases' | 'complaints' | 'lifecycle'> & { lifecycle: Omit<LifecycleFacts, 'money' | 'replies'> };

/** One `fact_item` row: `ordinal` tells apart the entries that joined at the same instant. */
export interface HeldRow {
  from: number;
  ordinal: number;
  to: number | null;
  item: HeldItem;
}

function listOf(facts: CustomerFacts, list: HeldList): unknown[] {
  return list === 'money' || list === 'replies' ? facts.lifecycle[list] : facts[list];
}

export function pointFacts(facts: CustomerFacts): PointFacts {
  const { purchases: _purchases, complaints: _complaints, lifecycle, ...rest } = facts;
  const { money: _money, replies: _replies, ...dated } = lifecycle;
  return { ...rest, lifecycle: dated };
}

/**
 * The facts of a point with the entries held at its instant, in the order they joined. Replies are
 * kept oldest first, as the lifecycle's windows read them; the other lists are read in any order.
 */
export function withHeld(facts: PointFacts, items: readonly HeldItem[]): CustomerFacts {
  const lists = { purchases: [], complaints: [], money: [], replies: [] } as { [L in HeldList]: Extract<HeldItem, { list: L }>['value'][] };
  for (const item of items) (lists[item.list] as unknown[]).push(item.value);
  lists.replies.sort((a, b) => a - b);
  const { purchases, complaints, money, replies } = lists;
  return { ...facts, purchases, complaints, lifecycle: { ...facts.lifecycle, money, replies } };
}

/** The rows held at instant `at`, in the order of `rows`. */
export function heldAt(rows: readonly HeldRow[], at: number): HeldRow[] {
  return rows.filter((row) => row.from <= at && (row.to === null || row.to > at));
}

const keys = new WeakMap<object, string>();

/** What tells entries of a list apart: equal values are the same entry, whichever object holds them. */
function keyOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  let key = keys.get(value);
  if (key === undefined) keys.set(value, (key = JSON.stringify(value)));
  return key;
}

/**
 * What changed from one point's list to the next. The fold copies a list by reference and pushes
 * onto the copy, so an entry added in order leaves the earlier list a prefix of the later: checked
 * first, by identity, before counting values.
 */
function listChanges(before: readonly unknown[], after: readonly unknown[]): { added: unknown[]; removed: Map<unknown, number> } {
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same += 1;
  const removed = new Map<unknown, number>();
  if (same === before.length) return { added: after.slice(same), removed };
  for (const key of before.slice(same).map(keyOf)) removed.set(key, (removed.get(key) ?? 0) + 1);
  const added: unknown[] = [];
  for (const value of after.slice(same)) {
    const key = keyOf(value);
    const left = removed.get(key) ?? 0;
    if (left > 0) removed.set(key, left - 1);
    else added.push(value);
  }
  return { added, removed };
}

/**
 * The `fact_item` rows to write for `points` (sorted by instant). With `open`, the first point is
 * stored as it is and `open` are the rows held at its instant, whose ends the later points decide
 * again; without, the rows are made from nothing. Returns the rows that begin after the first
 * stored point, and the `open` rows whose end changed.
 */
export function heldRows(points: readonly FactPoint[], open: HeldRow[] | null): HeldRow[] {
  const holding = new Map<HeldList, Map<unknown, HeldRow[]>>(HELD_LISTS.map((list) => [list, new Map()]));
  const hold = (row: HeldRow) => {
    const byKey = holding.get(row.item.list)!;
    const same = byKey.get(keyOf(row.item.value));
    if (same) same.push(row);
    else byKey.set(keyOf(row.item.value), [row]);
  };
  const stored = new Map((open ?? []).map((row) => [row, row.to]));
  for (const row of open ?? []) {
    row.to = null;
    hold(row);
  }
  const created: HeldRow[] = [];
  for (let index = open ? 1 : 0; index < points.length; index += 1) {
    const point = points[index]!;
    const previous = points[index - 1];
    let ordinal = 0;
    for (const list of HELD_LISTS) {
      const { added, removed } = listChanges(previous ? listOf(previous.facts, list) : [], listOf(point.facts, list));
      const byKey = holding.get(list)!;
      for (const [key, count] of removed) {
        const rows = byKey.get(key)!;
        // The entry held longest stays: a withdrawal takes out the first equal one it finds.
        for (const row of rows.splice(rows.length - count)) row.to = point.at;
        if (rows.length === 0) byKey.delete(key);
      }
      for (const value of added) {
        const row = { from: point.at, ordinal: ordinal++, to: null, item: { list, value } as HeldItem };
        hold(row);
        created.push(row);
      }
    }
  }
  return [...created, ...(open ?? []).filter((row) => row.to !== stored.get(row))];
}
