import { sql } from 'kysely';

/**
 * Keyset paging of the public tables listed newest first by (created_at, id): the jobs' own lists
 * (campaigns, exports). A row's place is its created_at to the microsecond, as text: a JavaScript
 * Date keeps only milliseconds, and rows made in one millisecond would be skipped or repeated.
 */
export type NewestFirstPosition = readonly [createdAt: string, id: string];

/** Select it `.as('position')` beside the row, for the next page's cursor. */
export const newestFirstPosition = () => sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The rows after `position` in newest-first order. */
export const olderThan = ([createdAt, id]: NewestFirstPosition) => sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)`;

/** A listed row with its place in the list. */
export type Positioned<T> = { item: T; position: string };
