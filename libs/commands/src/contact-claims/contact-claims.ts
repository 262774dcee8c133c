import { Inject, Injectable } from '@nestjs/common';
import { contactClaimDecider, contactClaimStreamName, contactKeys, type CommandMetadata } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { EVENT_CODEC, type EventCodec } from '../envelope/event-codec.js';
import { nameBasedUuid } from '../envelope/name-based-uuid.js';
import { keyedWrites } from '../idempotency/keyed-write.js';
import { CommandPipeline } from '../pipeline/command-pipeline.js';
import { readCurrentEvents } from '../pipeline/upcast-recorded-event.js';

/** The stream id of one claim key: a hash, so the stream's name tells nothing about the person. */
export const contactClaimId = (key: string): string => nameBasedUuid(`crm:contact-claim\n${key}`);

export type Contact = { email?: string | null; phone?: string | null };

/**
 * Which customer an email (or, without one, a phone number) belongs to, kept in the log's own
 * uniqueness streams (see contactClaimDecider): the lead and import paths ask it before they pick
 * a customer's stream, every registration claims its addresses after it is recorded.
 */
@Injectable()
export class ContactClaims {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
  ) {}

  /**
   * The customer the contact's first address names, claiming it for `candidateId` when it names
   * nobody yet. Two callers racing for a new address meet at the claim stream's revision: both
   * get the one who appended first.
   */
  async holderOf(contact: Contact, candidateId: string, metadata: CommandMetadata): Promise<string> {
    const [key] = contactKeys(contact);
    return key === undefined ? candidateId : this.claim(key, candidateId, metadata);
  }

  /** Claims every address of a customer that no one holds yet; addresses held by another stay theirs. */
  async claimAll(customerId: string, contact: Contact, metadata: CommandMetadata): Promise<void> {
    for (const key of contactKeys(contact)) await this.claim(key, customerId, metadata);
  }

  /** The holder of any claim key (an address, an import's customer key), claimed for `candidateId` if free. */
  async claim(key: string, candidateId: string, metadata: CommandMetadata): Promise<string> {
    const claimId = contactClaimId(key);
    // Outside a keyed request's transaction: a claim is idempotent by itself, and must be visible to
    // the read below and to racing writers before the request's answer commits.
    const command = { type: 'ClaimContact' as const, data: { claimId, customerId: candidateId }, metadata };
    await keyedWrites.exit(() => this.pipeline.handle(contactClaimDecider, command));
    return (await this.heldBy(key)) ?? candidateId;
  }

  /** Who holds a claim key, without claiming it. */
  async heldBy(key: string): Promise<string | null> {
    // The first claim is the holder (see evolveContactClaim); later ones are never appended.
    for await (const event of readCurrentEvents(this.store, this.codec, contactClaimStreamName(contactClaimId(key)))) {
      if (event.type === 'ContactClaimed') return String(event.data.customerId);
    }
    return null;
  }
}
