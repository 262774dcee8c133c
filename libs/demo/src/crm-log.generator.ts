import { buildEventEnvelope, type EnvelopedEvent, type EventCodec } from '#crm/commands';
import {
  segmentStreamName,
  type SegmentRule,
  customerDecider,
  customerStreamName,
  opportunityDecider,
  opportunityStreamName,
  staffDecider,
  staffStreamName,
  type CommandMetadata,
  type CustomerCommand,
  type OpportunityCommand,
  type TouchChannel,
} from '#crm/domain';
import { Prng } from './prng.js';
import { GENERATOR_ACTOR, StreamWriter } from './stream-writer.js';

/** What a generated log looks like; the same options and seed give the same log, byte for byte. */
export interface CrmLogOptions {
  seed: number;
  customers: number;
  /** Events over all customer streams (registrations included), besides the heavy customer's. */
  events: number;
  /** One customer with exactly this many events (0: none): what case 6 queries. */
  heavyCustomerEvents?: number;
  /**
   * After everything else, a segment ("Large cohort") and this many customers who only register,
   * all its members from two years before the clock on: what case 6 pages at a business time. Its
   * own seeded draws, so the log before it is the same with or without it.
   */
  cohortCustomers?: number;
  /** The generator's clock: every business time lies in the two years before it. */
  now?: Date;
  /** Encrypts personal data as the app does (the demo); benchmarks and tests store it as given. */
  codec?: EventCodec;
}

/** A batch for one append: a stream's events in order, at most `MAX_APPEND` of them. */
export interface GeneratedAppend {
  streamName: string;
  events: EnvelopedEvent[];
  /** The stream's revision before these events: the append's expected revision (-1n: no stream). */
  expectedRevision: bigint;
}

export const MAX_APPEND = 100;
export const GENERATOR_NOW = new Date('2026-11-01T00:00:00.000Z');
const SPAN_MS = 730 * 24 * 3600 * 1000;

/**
 * The mix of touches: frequent cheap contacts (emails, calls, promotions), fewer purchases,
 * rare complaints and leads. Weights, not percentages.
 */
export const TOUCH_MIX = {
  email: 24,
  call: 18,
  promotion: 14,
  purchase: 13,
  promotionAnswer: 6,
  note: 5,
  visit: 4,
  survey: 4,
  task: 4,
  serviceUse: 3,
  complaint: 2,
  cancellation: 1,
  lead: 2,
} as const;
type TouchKind = keyof typeof TOUCH_MIX;

const CAMPAIGNS = ['spring-sale', 'summer-launch', 'back-to-school', 'black-friday', 'winter-loyalty', 'new-year'];
const SKUS = Array.from({ length: 200 }, (_, index) => `SKU-${String(index + 1).padStart(4, '0')}`);
const REGIONS = ['north', 'south', 'east', 'west'];
const FIRST = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Mei', 'Nils', 'Olga', 'Pavel'];
const LAST = ['Silva', 'Müller', 'Nowak', 'Rossi', 'Dubois', 'Jensen', 'García', 'Kowalski', 'Smith', 'Yilmaz', 'Novak', 'Berg'];

export interface GeneratedStaff {
  id: string;
  managerId: string | null;
  region: string;
}

/** Activity per customer: Pareto-distributed (a few customers have most touches), summing to `total`. */
export function activityCounts(prng: Prng, customers: number, total: number): number[] {
  const minimum = 3;
  const raw = Array.from({ length: customers }, () => Math.min(prng.pareto(1.2), 400));
  const spare = Math.max(0, total - minimum * customers);
  const scale = spare / raw.reduce((sum, value) => sum + value, 0);
  const counts = raw.map((value) => minimum + Math.floor(value * scale));
  let missing = total - counts.reduce((sum, value) => sum + value, 0);
  for (let index = 0; missing > 0; index = (index + 1) % customers, missing -= 1) counts[index] += 1;
  return counts;
}

export class CrmLogGenerator {
  readonly staff: GeneratedStaff[] = [];
  readonly customerIds: string[] = [];
  heavyCustomerId: string | null = null;
  private readonly prng: Prng;
  private readonly now: Date;
  private readonly correlationId: string;

  constructor(private readonly options: CrmLogOptions) {
    this.prng = new Prng(options.seed);
    this.now = options.now ?? GENERATOR_NOW;
    this.correlationId = this.prng.uuid();
  }

  private metadata(): CommandMetadata {
    return { now: this.now, actor: { id: GENERATOR_ACTOR.id, role: 'operator' }, correlationId: this.correlationId };
  }

  private personName(): string {
    return `${this.prng.pick(FIRST)} ${this.prng.pick(LAST)}`;
  }

  /** Every append of the log in order: staff, then customers (and their deals) group by group. */
  async *appends(): AsyncGenerator<GeneratedAppend> {
    yield* this.staffAppends();
    yield* this.segmentAppends();
    const counts = activityCounts(this.prng, this.options.customers, this.options.events);
    for (const count of counts) yield* this.customer(this.prng.uuid(), count);
    if (this.options.heavyCustomerEvents) {
      this.heavyCustomerId = this.prng.uuid();
      yield* this.customer(this.heavyCustomerId, this.options.heavyCustomerEvents, { exact: true, withDeal: false });
    }
    if (this.options.cohortCustomers) yield* this.cohortAppends(this.options.cohortCustomers);
  }

  /** The large segment's id, once its definition is generated. */
  cohortSegmentId: string | null = null;

  private async *cohortAppends(count: number): AsyncGenerator<GeneratedAppend> {
    const prng = new Prng(this.options.seed + 1);
    const segmentId = prng.uuid();
    this.cohortSegmentId = segmentId;
    const streamName = segmentStreamName(segmentId);
    const rule: SegmentRule = { fact: 'attribute', key: 'cohort', op: 'eq', value: 'large' };
    const definition = buildEventEnvelope(
      { type: 'SegmentDefined', data: { segmentId, name: 'Large cohort', description: null, rule, occurredAt: this.now.toISOString() } },
      { streamName, revision: 0n, previousHash: null, eventId: prng.uuid(), now: this.now, actor: GENERATOR_ACTOR, correlationId: this.correlationId },
    );
    yield { streamName, events: [definition], expectedRevision: -1n };
    const occurredAt = new Date(this.now.getTime() - SPAN_MS).toISOString();
    for (let index = 0; index < count; index += 1) {
      const customerId = prng.uuid();
      this.customerIds.push(customerId);
      const writer = new StreamWriter(customerStreamName(customerId), customerDecider, prng, this.correlationId, this.options.codec);
      const data = { customerId, kind: 'person' as const, name: `${prng.pick(FIRST)} ${prng.pick(LAST)}`, email: `cohort${index}@example.invalid`, source: 'import', ownerId: null, attributes: { cohort: 'large' }, occurredAt };
      yield { streamName: writer.streamName, events: await writer.write({ type: 'RegisterCustomer', metadata: this.metadata(), data }), expectedRevision: -1n };
    }
  }

  readonly segments: { id: string; name: string }[] = [];

  /** A few segments, defined before any customer, so memberships are kept from the start. */
  private async *segmentAppends(): AsyncGenerator<GeneratedAppend> {
    const definitions: { name: string; rule: SegmentRule }[] = [
      { name: 'Gold tier', rule: { fact: 'attribute', key: 'tier', op: 'eq', value: 'gold' } },
      { name: 'Repeat buyers', rule: { fact: 'purchases', op: 'gte', value: 3 } },
      { name: 'Unhappy', rule: { all: [{ fact: 'complaints', op: 'gte', value: 1 }, { fact: 'kind', op: 'eq', value: 'person' }] } },
    ];
    for (const { name, rule } of definitions) {
      const segmentId = this.prng.uuid();
      this.segments.push({ id: segmentId, name });
      const streamName = segmentStreamName(segmentId);
      const event = buildEventEnvelope(
        { type: 'SegmentDefined', data: { segmentId, name, description: null, rule, occurredAt: this.now.toISOString() } },
        { streamName, revision: 0n, previousHash: null, eventId: this.prng.uuid(), now: this.now, actor: GENERATOR_ACTOR, correlationId: this.correlationId },
      );
      yield { streamName, events: [event], expectedRevision: -1n };
    }
  }

  private async *staffAppends(): AsyncGenerator<GeneratedAppend> {
    for (let index = 0; index < 24; index += 1) {
      const managed = index >= 4;
      const member: GeneratedStaff = { id: this.prng.uuid(), managerId: managed ? this.staff[index % 4].id : null, region: REGIONS[index % 4] };
      this.staff.push(member);
      const writer = new StreamWriter(staffStreamName(member.id), staffDecider, this.prng, this.correlationId, this.options.codec);
      const events = await writer.write({
        type: 'RegisterStaff',
        metadata: this.metadata(),
        data: { staffId: member.id, name: this.personName(), email: `staff${index}@example.invalid`, title: managed ? 'Sales agent' : 'Sales manager', managerId: member.managerId, region: member.region },
      });
      yield { streamName: writer.streamName, events, expectedRevision: -1n };
    }
  }

  /**
   * One customer's life: registered, maybe consenting to email, then `count` events' worth of touches
   * spread over the time since, in business-time order; one in twelve also gets a deal.
   */
  private async *customer(customerId: string, count: number, options: { exact?: boolean; withDeal?: boolean } = {}): AsyncGenerator<GeneratedAppend> {
    this.customerIds.push(customerId);
    const prng = this.prng;
    const writer = new StreamWriter(customerStreamName(customerId), customerDecider, prng, this.correlationId, this.options.codec);
    const owner = prng.pick(this.staff.slice(4));
    const start = this.now.getTime() - SPAN_MS * (0.2 + 0.8 * prng.next());
    const step = (this.now.getTime() - 60_000 - start) / (count + 1);
    let at = start;
    const next = (): string => {
      at += step * (0.5 + prng.next());
      return new Date(Math.min(at, this.now.getTime() - 60_000)).toISOString();
    };
    const pending: EnvelopedEvent[] = [];
    let expected = -1n;
    let written = 0;
    const flush = function* (all: boolean): Generator<GeneratedAppend> {
      while (pending.length >= MAX_APPEND || (all && pending.length > 0)) {
        const events = pending.splice(0, MAX_APPEND);
        yield { streamName: writer.streamName, events, expectedRevision: expected };
        expected += BigInt(events.length);
      }
    };
    const write = async (command: CustomerCommand) => {
      const events = await writer.write(command);
      pending.push(...events);
      written += events.length;
    };
    const metadata = this.metadata();
    const name = this.personName();
    await write({
      type: 'RegisterCustomer',
      metadata,
      data: {
        customerId,
        kind: prng.chance(0.85) ? 'person' : 'organization',
        name,
        email: `c${this.customerIds.length}@example.invalid`,
        source: prng.pick(['web', 'store', 'referral', 'import']),
        ownerId: owner.id,
        attributes: { tier: prng.pick(['bronze', 'silver', 'gold']), country: prng.pick(['DE', 'FR', 'PL', 'ES', 'IT', 'SE']) },
        occurredAt: new Date(start).toISOString(),
      },
    });
    if (prng.chance(0.7)) await write({ type: 'GiveConsent', metadata, data: { customerId, channel: 'email', legalBasis: 'legitimate-interest', source: 'web', occurredAt: next() } });
    const orders: { orderId: string; amount: number }[] = [];
    const complaints: string[] = [];
    const tasks: string[] = [];
    const promotions: { campaignId: string; promotionId: string }[] = [];
    for (let attempts = 0; written < count && attempts < count * 3; attempts += 1) {
      const kind: TouchKind = prng.weighted(TOUCH_MIX);
      const occurredAt = next();
      const base = { customerId, occurredAt };
      const consented = writer.state.status === 'active' && (writer.state as { consents?: Record<string, { status: string }> }).consents?.email?.status === 'given';
      let command: CustomerCommand | null = null;
      switch (kind) {
        case 'email':
          command = { type: 'LogEmail', metadata, data: { ...base, channel: 'email', direction: prng.pick(['inbound', 'outbound'] as const), subject: `Re: order question ${prng.int(1, 9999)}` } };
          break;
        case 'call':
          command = {
            type: 'LogCall',
            metadata,
            data: { ...base, channel: 'phone', direction: prng.pick(['inbound', 'outbound'] as const), durationSeconds: prng.int(20, 1800), outcome: prng.pick(['reached', 'reached', 'voicemail', 'no-answer', 'busy'] as const) },
          };
          break;
        case 'promotion': {
          const promotion = { campaignId: prng.pick(CAMPAIGNS), promotionId: `promo-${prng.int(1, 40)}` };
          promotions.push(promotion);
          command = { type: 'SendPromotion', metadata, data: { ...base, channel: consented ? 'email' : 'web', ...promotion } };
          break;
        }
        case 'promotionAnswer':
          if (promotions.length > 0)
            command = { type: 'RecordPromotionAnswer', metadata, data: { ...base, channel: 'web', ...prng.pick(promotions), response: prng.pick(['opened', 'opened', 'clicked', 'accepted', 'declined'] as const) } };
          break;
        case 'purchase': {
          const lines = Array.from({ length: prng.int(1, 3) }, () => ({ sku: prng.pick(SKUS), description: null, quantity: prng.int(1, 5), unitPrice: prng.int(199, 19_999) }));
          const amount = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
          const orderId = `order-${prng.uuid().slice(0, 13)}`;
          orders.push({ orderId, amount });
          command = { type: 'RecordPurchase', metadata, data: { ...base, channel: prng.pick(['store', 'web'] as TouchChannel[]), orderId, lines, amount, cost: Math.round(amount * 0.6), currency: 'EUR' } };
          break;
        }
        case 'cancellation': {
          const order = orders.pop();
          if (order) command = { type: 'CancelPurchase', metadata, data: { ...base, channel: 'web', orderId: order.orderId, amount: order.amount, currency: 'EUR' } };
          break;
        }
        case 'complaint':
          if (complaints.length > 0 && prng.chance(0.6)) {
            command = { type: 'ResolveComplaint', metadata, data: { ...base, channel: 'phone', complaintId: complaints.shift()!, resolution: 'Refunded and apologised' } };
          } else {
            const complaintId = `complaint-${prng.int(1, 1e9)}`;
            complaints.push(complaintId);
            command = { type: 'FileComplaint', metadata, data: { ...base, channel: 'phone', complaintId, category: prng.pick(['delivery', 'quality', 'billing']), severity: prng.pick(['low', 'medium', 'high', 'critical'] as const), description: 'Parcel arrived damaged' } };
          }
          break;
        case 'survey':
          command = { type: 'RecordSurveyAnswer', metadata, data: { ...base, channel: 'web', surveyId: `nps-${occurredAt.slice(0, 4)}`, score: prng.int(0, 10), comment: prng.chance(0.3) ? 'Friendly staff' : null } };
          break;
        case 'task':
          if (tasks.length > 0 && prng.chance(0.6)) {
            command = { type: 'CompleteTask', metadata, data: { ...base, channel: 'internal', taskId: tasks.shift()! } };
          } else {
            const taskId = `task-${prng.int(1, 1e9)}`;
            tasks.push(taskId);
            command = { type: 'ScheduleTask', metadata, data: { ...base, channel: 'internal', taskId, title: 'Call back about the offer', dueAt: new Date(Date.parse(occurredAt) + 3 * 86_400_000).toISOString(), assigneeId: owner.id } };
          }
          break;
        case 'serviceUse':
          command = { type: 'RecordServiceUse', metadata, data: { ...base, channel: 'store', service: prng.pick(['repair', 'installation', 'consulting']), quantity: prng.int(1, 4) } };
          break;
        case 'note':
          command = { type: 'AddNote', metadata, data: { ...base, channel: 'internal', text: 'Prefers to be called in the morning' } };
          break;
        case 'visit':
          command = { type: 'RecordVisit', metadata, data: { ...base, channel: 'meeting', place: 'Showroom', attendees: [name], purpose: 'Product demo' } };
          break;
        case 'lead':
          command = { type: 'CaptureLead', metadata, data: { ...base, channel: 'web', form: 'contact-us', source: prng.pick(['ads', 'organic', 'newsletter']), interest: prng.pick(['kitchen', 'garden', 'office']), utm: { source: 'newsletter', campaign: prng.pick(CAMPAIGNS) } } };
          break;
      }
      if (command) await write(command);
      if (pending.length >= MAX_APPEND) yield* flush(false);
    }
    yield* flush(true);
    if (options.withDeal !== false && prng.chance(1 / 12)) yield* this.deal(customerId, owner.id, start);
  }

  private async *deal(customerId: string, ownerId: string, start: number): AsyncGenerator<GeneratedAppend> {
    const prng = this.prng;
    const opportunityId = prng.uuid();
    const writer = new StreamWriter(opportunityStreamName(opportunityId), opportunityDecider, prng, this.correlationId, this.options.codec);
    const metadata = this.metadata();
    let at = start + (this.now.getTime() - start) * prng.next() * 0.5;
    const later = () => new Date((at += prng.int(1, 20) * 86_400_000) < this.now.getTime() ? at : (at = this.now.getTime() - 60_000)).toISOString();
    const expectedAmount = { amount: prng.int(10, 500) * 1000, currency: 'EUR' };
    const commands: OpportunityCommand[] = [
      { type: 'OpenOpportunity', metadata, data: { opportunityId, customerId, interest: prng.pick(['kitchen', 'garden', 'office']), expectedAmount, ownerId, stage: 'prospecting', occurredAt: later() } },
      { type: 'ChangeOpportunityStage', metadata, data: { opportunityId, stage: 'qualification', occurredAt: later() } },
      { type: 'ChangeOpportunityStage', metadata, data: { opportunityId, stage: 'proposal', occurredAt: later() } },
    ];
    const outcome = prng.next();
    if (outcome < 0.45) commands.push({ type: 'WinOpportunity', metadata, data: { opportunityId, amount: Math.round(expectedAmount.amount * (0.8 + 0.3 * prng.next())), currency: 'EUR', occurredAt: later() } });
    else if (outcome < 0.8) commands.push({ type: 'LoseOpportunity', metadata, data: { opportunityId, reason: prng.pick(['price', 'timing', 'competitor']), occurredAt: later() } });
    // Expected to close when it did, or (still open) within the next twelve weeks, and open deals
    // spread over the board's stages. Derived from the amount, not drawn from the generator, so
    // every other value of a seeded demo stays as it was.
    const spread = expectedAmount.amount / 1000;
    const closedAt = commands.length > 3 ? commands.at(-1)!.data.occurredAt! : new Date(this.now.getTime() + (1 + (spread % 12)) * 7 * 86_400_000).toISOString();
    Object.assign(commands[0]!.data, { expectedCloseDate: closedAt.slice(0, 10) });
    if (commands.length === 3) {
      const proposal = commands[2] as Extract<OpportunityCommand, { type: 'ChangeOpportunityStage' }>;
      const stage = (['qualification', 'needs-analysis', 'proposal', 'negotiation'] as const)[spread % 4]!;
      if (stage === 'qualification') commands.pop();
      else if (stage === 'needs-analysis') proposal.data.stage = stage;
      else if (stage === 'negotiation') commands.push({ type: 'ChangeOpportunityStage', metadata, data: { opportunityId, stage, occurredAt: new Date(Math.min(Date.parse(proposal.data.occurredAt!) + 2 * 86_400_000, this.now.getTime() - 60_000)).toISOString() } });
    }
    const events: EnvelopedEvent[] = [];
    for (const command of commands) events.push(...(await writer.write(command)));
    yield { streamName: writer.streamName, events, expectedRevision: -1n };
  }
}
