import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, EVENT_CODEC, loadStream, nameBasedUuid, type EventCodec } from '#crm/commands';
import { customerDecider, customerStreamName, inControlGroup, RuleViolation, type CustomerEvent, type CustomerState, type SendPromotion } from '#crm/domain';
import { DuplicateEventIdError, EVENT_STORE, type EventStore } from '#crm/event-store';
import { isLastAttempt, JobName, JobQueue, type JobPayload } from '#crm/jobs';
import { MessageTransport } from '#crm/transport';
import type { Job } from 'bullmq';
import { CampaignStore, CHUNK_SIZE, type Campaign, type Delivery } from './campaign.store.js';
import type { DeliveryStatus } from './campaign.tables.js';
import { MarketingPressure } from './marketing-pressure.js';

const ACTOR = { id: 'system:campaigns', role: 'system' } as const;

/** Where a delivery is before its message was handed over. */
const UNSENT: DeliveryStatus[] = ['pending', 'recorded'];

/** The PromotionSent of one customer in one campaign has one id, however often the send is retried. */
export const promotionEventId = (campaignId: string, customerId: string): string => nameBasedUuid(`crm:campaign-promotion\n${campaignId}\n${customerId}`);

/**
 * A send never goes out twice: the ledger says what each customer is at, the PromotionSent id is
 * derived from campaign + customer, the message key too, and a message that was handed to a
 * transport which cannot recognise a repeat (SMTP) and whose outcome was lost is counted failed.
 */
@Injectable()
export class CampaignSendService {
  constructor(
    private readonly store: CampaignStore,
    private readonly pipeline: CommandPipeline,
    private readonly queue: JobQueue,
    private readonly transport: MessageTransport,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    private readonly pressure: MarketingPressure,
  ) {}

  async target({ campaignId }: JobPayload<JobName.CampaignTarget>): Promise<{ targeted: number; chunks: number }> {
    const campaign = await this.required(campaignId);
    const targeted = await this.store.target(campaign);
    const chunks = Math.ceil(targeted / CHUNK_SIZE);
    for (let chunk = 0; chunk < chunks; chunk++) {
      await this.queue.add(JobName.CampaignChunk, { campaignId, chunk }, { jobId: `campaign-chunk.${campaignId}.${chunk}` });
    }
    return { targeted, chunks };
  }

  async sendChunk({ campaignId, chunk }: JobPayload<JobName.CampaignChunk>, job: Job): Promise<{ settled: number }> {
    const campaign = await this.required(campaignId);
    const deliveries = await this.store.unsettled(campaignId, chunk);
    const lastAttempt = isLastAttempt(job);
    for (const delivery of deliveries) await this.deliver(campaign, delivery, lastAttempt);
    return { settled: deliveries.length };
  }

  private async deliver(campaign: Campaign, { customerId, status }: Delivery, lastAttempt: boolean): Promise<void> {
    // The control group is decided before consent or pressure, from ids alone: both groups hold the
    // unreachable in the same proportion, so comparing them measures the campaign on its audience.
    if (status === 'pending' && inControlGroup(campaign.id, customerId, campaign.controlShare)) {
      await this.store.advance(campaign.id, customerId, ['pending'], 'held-back');
      return;
    }
    if (status === 'sending' && !this.transport.idempotent) {
      // Handed to SMTP by a run that died (or is still at it): it may have gone out. Missing one promotion beats sending it twice.
      await this.store.advance(campaign.id, customerId, ['sending'], 'failed', 'interrupted');
      return;
    }
    const customer = await this.customer(campaign, customerId);
    // The log, not the ledger, says whether the promotion was recorded: the ledger may lag behind a crash.
    if (!customer.promoted && !(await this.claimAndRecord(campaign, customerId))) return;
    // A transport that recognises a repeat may be handed a message again (and must be, after a crash mid-send).
    const unsent: DeliveryStatus[] = this.transport.idempotent ? [...UNSENT, 'sending'] : UNSENT;
    const address = customer.state.status === 'active' ? (campaign.channel === 'email' ? customer.state.personal.email : customer.state.personal.phone) : null;
    if (!address) {
      await this.store.advance(campaign.id, customerId, unsent, 'failed', `no-${campaign.channel}-address`);
      return;
    }
    // Of overlapping runs, only the one that moves the delivery to sending hands the message over.
    if (!(await this.store.advance(campaign.id, customerId, unsent, 'sending'))) return;
    try {
      await this.transport.send({ key: `campaign.${campaign.id}.${customerId}`, channel: campaign.channel, to: address, subject: campaign.subject, body: campaign.body });
    } catch (error) {
      // Transport errors may quote the address: only the error's kind is kept.
      const reason = `transport: ${(error as Error)?.name ?? 'error'}`;
      if (lastAttempt) {
        await this.store.advance(campaign.id, customerId, ['sending'], 'failed', reason);
        return;
      }
      await this.store.advance(campaign.id, customerId, ['sending'], 'recorded');
      throw error;
    }
    // Whatever an overlapping run wrote meanwhile (it may have taken this send for an interrupted one), it went out.
    await this.store.mark(campaign.id, customerId, 'sent');
  }

  /** Marketing pressure first (another message within the window skips this one), then the promotion; a refused promotion gives its claim back. */
  private async claimAndRecord(campaign: Campaign, customerId: string): Promise<boolean> {
    const key = `campaign.${campaign.id}.${customerId}`;
    if (!(await this.pressure.claim(customerId, key, new Date()))) {
      await this.store.advance(campaign.id, customerId, ['pending'], 'skipped', 'marketing-pressure');
      return false;
    }
    const recorded = await this.recordPromotion(campaign, customerId);
    if (!recorded) await this.pressure.release(customerId, key);
    return recorded;
  }

  /** Appends PromotionSent, or settles the customer as skipped when the domain refuses it (consent-required, erased). */
  private async recordPromotion(campaign: Campaign, customerId: string): Promise<boolean> {
    const command: SendPromotion = {
      type: 'SendPromotion',
      data: { customerId, channel: campaign.channel, campaignId: campaign.id, promotionId: campaign.id },
      metadata: { now: new Date(), actor: ACTOR },
    };
    const eventId = promotionEventId(campaign.id, customerId);
    try {
      await this.pipeline.handle(customerDecider, command, { eventIds: [eventId], channel: campaign.channel });
    } catch (error) {
      if (error instanceof RuleViolation) {
        await this.store.advance(campaign.id, customerId, ['pending'], 'skipped', error.rule);
        return false;
      }
      // An overlapping run recorded it first (at its own instant, hence other content under the same id).
      if (!(error instanceof DuplicateEventIdError && error.eventId === eventId)) throw error;
    }
    await this.store.advance(campaign.id, customerId, ['pending'], 'recorded');
    return true;
  }

  /** The customer's state (with the address, decrypted) and whether this campaign's PromotionSent is already in its stream. */
  private async customer(campaign: Campaign, customerId: string): Promise<{ state: CustomerState; promoted: boolean }> {
    const stream = await loadStream(this.events, this.codec, customerStreamName(customerId));
    const state = stream.events.reduce((folded: CustomerState, event) => customerDecider.evolve(folded, event as unknown as CustomerEvent), customerDecider.initialState);
    const promotionId = promotionEventId(campaign.id, customerId);
    return { state, promoted: stream.events.some((event) => event.id === promotionId) };
  }

  private async required(campaignId: string): Promise<Campaign> {
    const campaign = await this.store.find(campaignId);
    if (!campaign) throw new Error(`campaign ${campaignId} does not exist`);
    return campaign;
  }
}
