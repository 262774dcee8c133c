import type { LifecycleRules, LifecycleTransition } from '#crm/domain';
import { sql, type Kysely } from 'kysely';
import { fromRow, toRow, transitionRow, type LoadedLifecycle } from './lifecycle-rows.js';
import type { LifecycleTables } from './lifecycle.tables.js';

export const lifecycleTables = (db: Kysely<any>, schema: string) => db.withSchema(schema) as unknown as Kysely<LifecycleTables>;

/** The lifecycles of these customers, locked until the transaction ends. */
export async function loadLifecycles(trx: Kysely<any>, schema: string, customerIds: string[]): Promise<Map<string, LoadedLifecycle>> {
  if (customerIds.length === 0) return new Map();
  const rows = await lifecycleTables(trx, schema)
    .selectFrom('customer_lifecycle')
    .selectAll()
    .where('customer_id', 'in', customerIds)
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.customer_id, fromRow(row)]));
}

/** Customers whose next time-based change is due at `now` or before. */
export async function dueCustomerIds(trx: Kysely<any>, schema: string, now: Date): Promise<string[]> {
  const rows = await lifecycleTables(trx, schema)
    .selectFrom('customer_lifecycle')
    .select('customer_id')
    .where('next_change_at', '<=', now)
    .orderBy('customer_id')
    .execute();
  return rows.map((row) => row.customer_id);
}

export interface LifecycleChanges {
  lifecycles: Map<string, LoadedLifecycle>;
  transitions: { customerId: string; seq: number; transition: LifecycleTransition }[];
}

export async function saveLifecycles(trx: Kysely<any>, schema: string, changes: LifecycleChanges, rules: LifecycleRules): Promise<void> {
  const rows = [...changes.lifecycles].map(([customerId, loaded]) => toRow(customerId, loaded, rules));
  if (rows.length > 0) {
    await lifecycleTables(trx, schema)
      .insertInto('customer_lifecycle')
      .values(rows)
      .onConflict((oc) =>
        oc.column('customer_id').doUpdateSet({
          stage: sql.ref('excluded.stage'),
          grade: sql.ref('excluded.grade'),
          since: sql.ref('excluded.since'),
          evaluated_at: sql.ref('excluded.evaluated_at'),
          next_change_at: sql.ref('excluded.next_change_at'),
          facts: sql.ref('excluded.facts'),
          transitions: sql.ref('excluded.transitions'),
        }),
      )
      .execute();
  }
  if (changes.transitions.length > 0) {
    await lifecycleTables(trx, schema)
      .insertInto('lifecycle_transition')
      .values(changes.transitions.map(({ customerId, seq, transition }) => transitionRow(customerId, seq, transition)))
      .execute();
  }
}
