import type { CustomerMerged, CustomerUnmerged } from '#crm/domain';
import { column, defineTables, type TablesOf } from '#crm/read-store';
import { sql, type Expression, type ExpressionBuilder, type JoinBuilder, type RawBuilder, type Transaction } from 'kysely';

/**
 * How a projection follows POST /customers/:id/merge and /unmerge (docs/duplicates.md): its rows
 * stay under the customer whose stream recorded them, and a `customer_merge` table of its own says
 * which records are merged into which survivor while they are. Queries then read a survivor as
 * itself plus its absorbed records, and leave absorbed records out where customers are counted, so
 * an unmerge only deletes the pair and every row reads as it did before.
 */
export const customerMergeTables = defineTables({
  customer_merge: {
    columns: {
      absorbed_id: column.uuid().primaryKey(),
      survivor_id: column.uuid(),
    },
    indexes: [{ name: 'customer_merge_survivor', on: ['survivor_id'] }],
  },
});

type CustomerMergeTables = TablesOf<typeof customerMergeTables>;

/** The survivor's side of a merge and of an unmerge: the only events `applyCustomerMerges` reads. */
export type CustomerMergeEvent = CustomerMerged | CustomerUnmerged;

export const customerMergeHandles = { CustomerMerged: true, CustomerUnmerged: true } as const;

export const isCustomerMergeEvent = (event: { type: string }): event is CustomerMergeEvent =>
  event.type === 'CustomerMerged' || event.type === 'CustomerUnmerged';

/** Keeps `customer_merge` in step with the batch, in log order (a merge and its unmerge may share one). */
export async function applyCustomerMerges(tables: Transaction<CustomerMergeTables>, events: readonly { type: string }[]): Promise<void> {
  for (const event of events.filter(isCustomerMergeEvent)) {
    if (event.type === 'CustomerMerged') {
      const row = { absorbed_id: event.data.absorbedId, survivor_id: event.data.customerId };
      await tables.insertInto('customer_merge').values(row).onConflict((oc) => oc.column('absorbed_id').doUpdateSet({ survivor_id: row.survivor_id })).execute();
    } else {
      await tables.deleteFrom('customer_merge').where('absorbed_id', '=', event.data.absorbedId).execute();
    }
  }
}

/** How a projection keeps customer ids: the merge table's uuids are cast to match, so the column's indexes still serve. */
export type CustomerIdColumn = 'uuid' | 'text';

/** A builder of a projection whose tables include `customer_merge`; columns are named as text, since the rows may be an outer query's. */
type MergeAware<DB extends CustomerMergeTables, TB extends keyof DB> = ExpressionBuilder<DB, TB>;

const mergesOf = <DB extends CustomerMergeTables, TB extends keyof DB>(eb: MergeAware<DB, TB>) => eb as unknown as ExpressionBuilder<CustomerMergeTables, never>;

function absorbedIds<DB extends CustomerMergeTables, TB extends keyof DB>(eb: MergeAware<DB, TB>, ids: CustomerIdColumn) {
  const merges = mergesOf(eb).selectFrom('customer_merge');
  return ids === 'uuid' ? merges.select('absorbed_id') : merges.select(sql<string>`absorbed_id::text`.as('absorbed_id'));
}

/** `customer = id`, or one of the records merged into `id`: a customer id, or a column of an outer query (compared as text). */
export function customerOrAbsorbed<DB extends CustomerMergeTables, TB extends keyof DB>(
  eb: MergeAware<DB, TB>,
  customerColumn: string,
  survivor: string | Expression<string>,
  ids: CustomerIdColumn = 'uuid',
) {
  const merges = mergesOf(eb);
  const customer = sql.ref<string>(customerColumn);
  const absorbed = absorbedIds(eb, ids);
  return merges.or([
    merges(customer, '=', survivor),
    merges(customer, 'in', typeof survivor === 'string' ? absorbed.where('survivor_id', '=', survivor) : absorbed.where(sql<string>`survivor_id::text`, '=', survivor)),
  ]);
}

/** The record is not merged into another: it counts as a customer of its own. */
export function notAbsorbed<DB extends CustomerMergeTables, TB extends keyof DB>(eb: MergeAware<DB, TB>, customerColumn: string, ids: CustomerIdColumn = 'uuid') {
  return mergesOf(eb)(sql.ref<string>(customerColumn), 'not in', absorbedIds(eb, ids));
}

/**
 * Joins each row's merge as `alias` (for `survivorIn`): ids compare as text, which no index serves,
 * so a join the planner can hash rather than a lookup per row.
 */
export function onAbsorbed<DB, TB extends keyof DB>(alias: string, customerColumn: string) {
  return (join: JoinBuilder<DB, TB>) => join.on(sql<string>`${sql.ref(`${alias}.absorbed_id`)}::text`, '=', sql<string>`${sql.ref(customerColumn)}::text`);
}

/** The customer a row counts under, as text: its survivor while merged (joined by `onAbsorbed`), itself otherwise. */
export function survivorIn(alias: string, customerColumn: string): RawBuilder<string> {
  return sql<string>`coalesce(${sql.ref(`${alias}.survivor_id`)}::text, ${sql.ref(customerColumn)}::text)`;
}
