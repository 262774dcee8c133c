import type { CustomerMergeEvent } from '../shared/customer-merges.js';
import { combinedFacts, type CustomerFacts } from './customer-facts.js';

/**
 * Which records are merged into which survivor, for the customers a step evaluates: read from
 * `customer_merge`, then kept in step with the batch's merges as they come, so each event is
 * evaluated with the merges in force where it stands in the log.
 */
export class MergedCustomers {
  private readonly survivors: Map<string, string>;

  constructor(pairs: readonly { absorbed_id: string; survivor_id: string }[]) {
    this.survivors = new Map(pairs.map((pair) => [pair.absorbed_id, pair.survivor_id]));
  }

  survivorOf(customerId: string): string | undefined {
    return this.survivors.get(customerId);
  }

  /** In id order: a survivor reads the same combined facts whatever order its merges came in. */
  absorbedInto(survivorId: string): string[] {
    return [...this.survivors].flatMap(([absorbed, survivor]) => (survivor === survivorId ? [absorbed] : [])).sort();
  }

  /** Every record on either side of a merge. */
  customerIds(): string[] {
    return [...new Set([...this.survivors.keys(), ...this.survivors.values()])];
  }

  apply(event: CustomerMergeEvent): void {
    if (event.type === 'CustomerMerged') this.survivors.set(event.data.absorbedId, event.data.customerId);
    else this.survivors.delete(event.data.absorbedId);
  }

  /**
   * The facts a customer's segment rules read: a survivor's combined with those of the records
   * merged into it (an erased one counts for no one), anyone else's their own.
   */
  factsOf(customer: CustomerFacts, facts: ReadonlyMap<string, CustomerFacts>): CustomerFacts {
    return this.absorbedInto(customer.customerId)
      .map((id) => facts.get(id))
      .filter((absorbed): absorbed is CustomerFacts => absorbed?.active === true)
      .reduce(combinedFacts, customer);
  }
}
