import type { AttributeValue } from '#crm/domain';
import type { Transaction } from 'kysely';
import type { FollowUpsTables } from './followups.tables.js';

type Attributes = Record<string, AttributeValue>;

/**
 * The owners and attributes of a batch's customers (what lead routing reads), read in one query
 * each and written back once at the end of the batch: a replay meets a registration, an owner and
 * a lead per customer, and a statement for each was most of the projection's round trips.
 */
export class CustomerProfiles {
  private readonly changedOwners = new Set<string>();
  private readonly changedAttributes = new Set<string>();

  private constructor(
    private readonly owners: Map<string, string>,
    /** null: erased in this batch, the row to delete. */
    private readonly attributes: Map<string, Attributes | null>,
  ) {}

  static async load(trx: Transaction<FollowUpsTables>, customerIds: string[]): Promise<CustomerProfiles> {
    if (customerIds.length === 0) return new CustomerProfiles(new Map(), new Map());
    const [owners, attributes] = await Promise.all([
      trx.selectFrom('customer_owner').select(['customer_id', 'owner_id']).where('customer_id', 'in', customerIds).execute(),
      trx.selectFrom('customer_attributes').select(['customer_id', 'attributes']).where('customer_id', 'in', customerIds).execute(),
    ]);
    return new CustomerProfiles(
      new Map(owners.map((row) => [row.customer_id, row.owner_id])),
      new Map(attributes.map((row) => [row.customer_id, row.attributes])),
    );
  }

  ownerOf(customerId: string): string | undefined {
    return this.owners.get(customerId);
  }

  attributesOf(customerId: string): Attributes | undefined {
    return this.attributes.get(customerId) ?? undefined;
  }

  /** A registration keeps the attributes a customer already has. */
  register(customerId: string, attributes: Attributes): void {
    if (this.attributes.get(customerId)) return;
    this.attributes.set(customerId, { ...attributes });
    this.changedAttributes.add(customerId);
  }

  changeAttributes(customerId: string, set: Attributes, unset: readonly string[]): void {
    const current = this.attributes.get(customerId);
    if (!current) return;
    const next = { ...current };
    for (const key of unset) delete next[key];
    this.attributes.set(customerId, { ...next, ...set });
    this.changedAttributes.add(customerId);
  }

  setOwner(customerId: string, ownerId: string): void {
    this.owners.set(customerId, ownerId);
    this.changedOwners.add(customerId);
  }

  erase(customerId: string): void {
    if (!this.attributes.has(customerId)) return;
    this.attributes.set(customerId, null);
    this.changedAttributes.add(customerId);
  }

  /**
   * Writes what changed. A follow-up's owner is its customer's last one: a lead captured after an
   * owner was set was routed to that owner, and one captured before is handed to it, so setting it
   * once at the end leaves the row as setting it at each event did.
   */
  async save(trx: Transaction<FollowUpsTables>): Promise<void> {
    const owners = [...this.changedOwners].map((customerId) => ({ customer_id: customerId, owner_id: this.owners.get(customerId)! }));
    if (owners.length > 0) {
      await trx
        .insertInto('customer_owner')
        .values(owners)
        .onConflict((oc) => oc.column('customer_id').doUpdateSet((eb) => ({ owner_id: eb.ref('excluded.owner_id') })))
        .execute();
      await trx
        .updateTable('followup')
        .from(
          trx
            .selectFrom('customer_owner')
            .select(['customer_id as owned_id', 'owner_id as new_owner'])
            .where(
              'customer_id',
              'in',
              owners.map((row) => row.customer_id),
            )
            .as('owned'),
        )
        .set((eb) => ({ owner_id: eb.ref('owned.new_owner') }))
        .whereRef('followup.customer_id', '=', 'owned.owned_id')
        .execute();
    }
    const changed = [...this.changedAttributes].map((customerId) => ({ customerId, attributes: this.attributes.get(customerId)! }));
    const erased = changed.flatMap(({ customerId, attributes }) => (attributes === null ? [customerId] : []));
    if (erased.length > 0) await trx.deleteFrom('customer_attributes').where('customer_id', 'in', erased).execute();
    const kept = changed.flatMap(({ customerId, attributes }) =>
      attributes === null ? [] : [{ customer_id: customerId, attributes: JSON.stringify(attributes) }],
    );
    if (kept.length > 0)
      await trx
        .insertInto('customer_attributes')
        .values(kept)
        .onConflict((oc) => oc.column('customer_id').doUpdateSet((eb) => ({ attributes: eb.ref('excluded.attributes') })))
        .execute();
  }
}
