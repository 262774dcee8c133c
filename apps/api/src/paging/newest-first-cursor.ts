import { decodeCursor, encodeCursor, isIsoInstant } from '#crm/projections';
import type { NewestFirstPosition, Positioned } from '#crm/read-store';
import { badCursor } from '../directory/read-model-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The position a `cursor=` stands for; absent: the first page; not one of ours: 400 naming it. */
export function newestFirstAfter(cursor: string | undefined): NewestFirstPosition | null {
  if (cursor === undefined) return null;
  const after = decodeCursor<NewestFirstPosition>(
    cursor,
    (value): value is [string, string] => value.length === 2 && isIsoInstant(value[0]) && UUID.test(String(value[1])),
  );
  if (!after) throw badCursor();
  return after;
}

/** A page from `limit + 1` rows: the extra one only says there is a next page. */
export function newestFirstPage<T extends { id: string }>(rows: Positioned<T>[], limit: number): { items: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(({ item }) => item), nextCursor: rows.length > limit && last ? encodeCursor([last.position, last.item.id]) : null };
}
