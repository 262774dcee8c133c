import { CommandPipeline, ContactClaims, type Contact, type EventCodec } from '#crm/commands';
import { contactKeys, type CommandMetadata } from '#crm/domain';
import type { EventStore } from '#crm/event-store';
import { runConcurrently } from '../streams/run-concurrently.js';
import type { ImportIds } from './import-ids.js';

/** A customer as a row names it: the source's key, and the addresses the row gives. */
export type ImportedCustomer = Contact & { key: string };

/**
 * One customer per person for imports: a source key whose row carries an email (or, without one, a
 * phone) that a customer already holds is attached to that customer, and the attachment is itself
 * claimed ("import:<source> <key>"), so a later file naming only the key, or a second run, finds the
 * same customer. A key with no address and no attachment keeps its own id, claiming nothing.
 */
export class CustomerAttachments {
  private readonly claims: ContactClaims;

  constructor(
    store: EventStore,
    codec: EventCodec,
    private readonly ids: ImportIds,
    private readonly metadata: CommandMetadata,
    private readonly concurrency: number,
  ) {
    this.claims = new ContactClaims(new CommandPipeline(store, codec), store, codec);
  }

  async resolve(customers: readonly ImportedCustomer[]): Promise<void> {
    const fresh = new Map<string, ImportedCustomer>();
    for (const customer of customers) {
      if (this.ids.isAttached(customer.key)) continue;
      const seen = fresh.get(customer.key);
      if (!seen || (contactKeys(seen).length === 0 && contactKeys(customer).length > 0)) fresh.set(customer.key, customer);
    }
    await runConcurrently([...fresh.values()], this.concurrency, async (customer) => this.ids.attach(customer.key, await this.holderOf(customer)));
  }

  private async holderOf(customer: ImportedCustomer): Promise<string> {
    const keyClaim = `import:${this.ids.source}\n${customer.key}`;
    const attached = await this.claims.heldBy(keyClaim);
    if (attached !== null) return attached;
    const own = this.ids.ownCustomer(customer.key);
    if (contactKeys(customer).length === 0) return own;
    const holder = await this.claims.holderOf(customer, own, this.metadata);
    await this.claims.claimAll(holder, customer, this.metadata);
    return this.claims.claim(keyClaim, holder, this.metadata);
  }
}
