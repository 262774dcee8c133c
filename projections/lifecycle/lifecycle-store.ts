import type { LifecycleRules, LifecycleTransition } from '#crm/domain';
import { sql, type Kysely } from 'kysely';
import { fromRow, toRow, transitionRow, type LoadedLifecycle } from './lifecycle-rows.js';
import type { TablesContext } from '#crm/projection-runner';
import type { lifecycleTables, LifecycleTables } from './lifecycle.tables.js';

/** The lifecycles of these customers, locked until the transaction ends. */
export async function loadLifecycles(tables: Kysely<LifecycleTables>, customerIds: string[]): Promise<Map<string, LoadedLifecycle>> {
  if (customerIds.length === 0) return new Map();
  const rows = await tables
    .selectFrom('customer_lifecycle')
    .selectAll()
    .where('customer_id', 'in', customerIds)
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.customer_id, fromRow(row)]));
}

/** Customers whose next time-based change is due at `now` or before. */
export async function dueCustomerIds(tables: Kysely<LifecycleTables>, now: Date): Promise<string[]> {
  const rows = await tables
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

/** `copy` is a rebuild's replay's (TablesContext.copy): the transitions are new rows, so they may go by COPY. */
export async function saveLifecycles(
  tables: Kysely<LifecycleTables>,
  changes: LifecycleChanges,
  rules: LifecycleRules,
  copy?: TablesContext<typeof lifecycleTables>['copy'],
): Promise<void> {
  const rows = [...changes.lifecycles].map(([customerId, loaded]) => toRow(customerId, loaded, rules));
  if (rows.length > 0) {
    await tables
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
  const transitions = changes.transitions.map(({ customerId, seq, transition }) => transitionRow(customerId, seq, transition));
  if (copy) await copy('lifecycle_transition', transitions);
  else if (transitions.length > 0) await tables.insertInto('lifecycle_transition').values(transitions).execute();
}
