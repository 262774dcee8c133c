import { Inject, Injectable } from '@nestjs/common';
import { customerStreamName, ReferenceNotFoundError, ValidationError } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';

/**
 * A person may only be linked to an organization that exists. Deciders decide from their own
 * stream, so the customer decider cannot see another customer's; the check lives here, in the
 * command handler, and reads the organization's own stream from the event log (never a read
 * model, which may lag behind a registration the caller has just made). It runs before the
 * person's command is decided and holds no lock: an organization is never removed from the log,
 * so what it finds stays true (erasure, the one end a record has, is checked for as well).
 */
@Injectable()
export class OrganizationLinks {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Passes when `organizationId` is absent, null, or a registered organization not erased. */
  async requireOrganization(organizationId: string | null | undefined): Promise<void> {
    if (typeof organizationId !== 'string') return;
    const streamName = customerStreamName(organizationId);
    const first = await this.firstEvent(streamName, 'forwards');
    if (first?.type !== 'CustomerRegistered') throw new ReferenceNotFoundError('organizationId', 'organization', organizationId);
    if ((first.data as { kind?: unknown }).kind !== 'organization') {
      throw new ValidationError([{ field: 'organizationId', reason: 'names a person, not an organization' }]);
    }
    // Erasure is a stream's last event: the decider refuses everything after it.
    if ((await this.firstEvent(streamName, 'backwards'))?.type === 'CustomerErased') {
      throw new ReferenceNotFoundError('organizationId', 'organization', organizationId, 'names an erased organization');
    }
  }

  private async firstEvent(streamName: string, direction: 'forwards' | 'backwards') {
    for await (const event of this.store.readStream(streamName, { direction, maxCount: 1 })) return event;
    return undefined;
  }
}
