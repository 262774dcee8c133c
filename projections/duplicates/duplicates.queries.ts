import type { LiveTables } from '#crm/projection-runner';
import type { ReadDatabase } from '#crm/read-store';
import { sql, type Kysely } from 'kysely';
import { decodeCursor, encodeCursor, isUuidText } from '../shared/opaque-cursor.js';
import type { DuplicateReason } from './duplicate-subject.js';
import type { DuplicatesTables } from './duplicates.tables.js';

/** Where the previous page ended: its last pair's score and ids. */
export type DuplicatesCursor = readonly [score: number, customerId: string, otherId: string];

export function parseDuplicatesCursor(text: string): DuplicatesCursor | null {
  return decodeCursor<DuplicatesCursor>(
    text,
    (value): value is [number, string, string] => value.length === 3 && Number.isSafeInteger(value[0]) && isUuidText(value[1]) && isUuidText(value[2]),
  );
}

export interface DuplicatesPageRequest {
  /** Only the pairs this customer is part of. */
  customerId?: string;
  after?: DuplicatesCursor | null;
  limit: number;
}

export interface DuplicatePair {
  customerId: string;
  otherId: string;
  reasons: DuplicateReason[];
  score: number;
}

export interface DuplicatesPage {
  items: DuplicatePair[];
  nextCursor: string | null;
}

/** Strongest first, then by ids; keyset paging, so pairs found meanwhile never shift a later page. */
export async function duplicatesPage(read: Kysely<ReadDatabase>, request: DuplicatesPageRequest): Promise<DuplicatesPage> {
  const { customerId, after } = request;
  const rows = await read
    .withTables<LiveTables<'duplicates', DuplicatesTables>>()
    .selectFrom('proj_duplicates.duplicate_pair')
    .selectAll()
    .$if(customerId !== undefined, (query) => query.where((eb) => eb.or([eb('customer_id', '=', customerId!), eb('other_id', '=', customerId!)])))
    .$if(!!after, (query) => query.where(sql<boolean>`(-score, customer_id, other_id) > (${-after![0]}, ${after![1]}::uuid, ${after![2]}::uuid)`))
    .orderBy('score', 'desc')
    .orderBy('customer_id')
    .orderBy('other_id')
    .limit(request.limit + 1)
    .execute();
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ customerId: row.customer_id, otherId: row.other_id, reasons: row.reasons as DuplicateReason[], score: row.score })),
    nextCursor: rows.length > request.limit && last ? encodeCursor([last.score, last.customer_id, last.other_id]) : null,
  };
}
