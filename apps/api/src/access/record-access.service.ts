import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import { CrmConfig } from '#crm/config';
import { customerStreamName, opportunityStreamName } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { teamOf } from '#crm/projections';
import { READ_DB } from '#crm/read-store';
import type { Kysely } from 'kysely';

/** What records a caller may see: all of them, or those owned by `owners` and those owned by nobody. */
export type RecordScope = { kind: 'all' } | { kind: 'team'; owners: string[] };

const OWNER_EVENTS = new Set(['CustomerRegistered', 'CustomerOwnerAssigned']);

/**
 * CRM_RECORD_ACCESS=team: an operator sees the records they own, those of the staff who report to
 * them down the manager chain, and unowned leads; other roles keep their role's view. Owners are
 * read from the record's own stream, so a customer is visible to its owner from the moment it is
 * registered; the manager chain comes from the staff projection.
 */
@Injectable()
export class RecordAccess {
  constructor(
    private readonly config: CrmConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DB) private readonly read: Kysely<unknown>,
  ) {}

  async scopeFor(actor: Actor): Promise<RecordScope> {
    if (this.config.recordAccess === 'all' || actor.role !== 'operator') return { kind: 'all' };
    // A machine operator key belongs to nobody's team: it sees unowned leads only.
    return { kind: 'team', owners: actor.staffId ? (await teamOf(this.read, actor.staffId)).map((id) => id.toLowerCase()) : [] };
  }

  /** False only for a record that exists and is owned outside the scope; the route answers unknown ones itself. */
  async customerVisible(scope: RecordScope, customerId: string): Promise<boolean> {
    if (scope.kind === 'all') return true;
    for await (const event of this.store.readStream(customerStreamName(customerId), { direction: 'backwards' })) {
      if (OWNER_EVENTS.has(event.type)) return ownedWithin(scope, event.data.ownerId);
    }
    return true;
  }

  async opportunityVisible(scope: RecordScope, opportunityId: string): Promise<boolean> {
    if (scope.kind === 'all') return true;
    for await (const event of this.store.readStream(opportunityStreamName(opportunityId), { maxCount: 1 })) {
      return ownedWithin(scope, event.data.ownerId);
    }
    return true;
  }
}

/** Staff ids are UUIDs, compared whatever their case; no owner is an unowned lead, visible to every operator. */
function ownedWithin(scope: Extract<RecordScope, { kind: 'team' }>, ownerId: unknown): boolean {
  return typeof ownerId !== 'string' || scope.owners.includes(ownerId.toLowerCase());
}

/** The owner filter a list query applies for `scope`; undefined: no filter. */
export const visibleOwners = (scope: RecordScope): string[] | undefined => (scope.kind === 'all' ? undefined : scope.owners);
