import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { Kysely } from 'kysely';
import { MarketingPressure } from '#crm/campaigns';
import { CommandPipeline, EVENT_CODEC, loadStream, nameBasedUuid, type EventCodec } from '#crm/commands';
import { CrmConfig } from '#crm/config';
import {
  automationDecider,
  automationStreamName,
  customerDecider,
  customerStreamName,
  RuleViolation,
  stateAsOf,
  type AutomationAction,
  type ActiveCustomer,
  type CustomerState,
  type FiringGroup,
  type RecordAutomationFiring,
  type ScheduleTask,
  type SendPromotion,
} from '#crm/domain';
import { DuplicateEventIdError, EVENT_STORE, type EventStore } from '#crm/event-store';
import { isLastAttempt, JobName, JobQueue, type JobPayload } from '#crm/jobs';
import { automationFiringKey } from '#crm/projections';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import { MessageTransport } from '#crm/transport';
import { resolvesToPrivateAddress } from '#crm/webhooks';
import { quietUntil } from './quiet-hours.js';

type Payload = JobPayload<JobName.AutomationFire>;
type Status = 'pending' | 'sending' | 'done' | 'held-back' | 'skipped' | 'failed';
export type FiringOutcome = { status: Status | 'deferred'; reason: string | null };

const ACTOR = { id: 'system:automations', role: 'system' } as const;
const SETTLED: readonly string[] = ['done', 'held-back', 'skipped', 'failed'];
const WEBHOOK_TIMEOUT_MS = 10_000;

/** The AutomationFired of one automation and one trigger has one id, however often the trigger is seen. */
export const firingEventId = (automationId: string, triggerEventId: string): string =>
  nameBasedUuid(`crm:automation-fired\n${automationId}\n${triggerEventId}`);

/**
 * Fires an automation for one trigger, once: the firing is an event of the automation's stream
 * with an id seeded by automation + trigger (a repeat appends nothing, and the decider refuses a
 * second firing of a trigger), and its action is settled in the `automation_action` ledger, so a
 * job run again — a retry, a restore after Redis lost it, a reactor rebuilt and dispatching its
 * outbox anew — finds it settled and does nothing. Each action is idempotent on its own too (task
 * and promotion event ids, notification id and message key derived from the firing), which covers
 * a worker that died between acting and settling.
 */
@Injectable()
export class AutomationFiringService {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    private readonly pipeline: CommandPipeline,
    private readonly queue: JobQueue,
    private readonly transport: MessageTransport,
    private readonly pressure: MarketingPressure,
    private readonly config: CrmConfig,
  ) {}

  async fire(payload: Payload, { now = new Date(), job }: { now?: Date; job?: Job } = {}): Promise<FiringOutcome> {
    const key = automationFiringKey(payload);
    const status = await this.open(payload, key);
    if (SETTLED.includes(status.status)) return status;
    const fired = await this.recordFiring(payload, now);
    if (fired === null) return this.settle(key, 'skipped', 'paused');
    if (fired.group === 'control') return this.settle(key, 'held-back', null);
    return this.act(payload, key, fired.action, now, { interrupted: status.status === 'sending', lastAttempt: job ? isLastAttempt(job) : true });
  }

  private async open({ automationId, customerId }: Payload, key: string): Promise<FiringOutcome> {
    await this.db
      .insertInto('automation_action')
      .values({ key, automation_id: automationId, customer_id: customerId, status: 'pending' })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await this.db.selectFrom('automation_action').select(['status', 'reason']).where('key', '=', key).executeTakeFirstOrThrow();
    return { status: row.status as Status, reason: row.reason };
  }

  private async settle(key: string, status: Status, reason: string | null): Promise<FiringOutcome> {
    await this.db.updateTable('automation_action').set({ status, reason, updated_at: new Date() }).where('key', '=', key).execute();
    return { status, reason };
  }

  /** Moves the ledger on only from `from`: of overlapping runs, one hands a message over. */
  private async advance(key: string, from: Status, to: Status): Promise<boolean> {
    const moved = await this.db
      .updateTable('automation_action')
      .set({ status: to, updated_at: new Date() })
      .where('key', '=', key)
      .where('status', '=', from)
      .executeTakeFirst();
    return moved.numUpdatedRows > 0n;
  }

  /** The group the trigger's customer is in, and the action in force, as the automation's own stream says; null when it let the trigger pass (paused). */
  private async recordFiring(
    { automationId, triggerEventId, customerId }: Payload,
    now: Date,
  ): Promise<{ group: FiringGroup; action: AutomationAction } | null> {
    const command: RecordAutomationFiring = {
      type: 'RecordAutomationFiring',
      data: { automationId, triggerEventId, customerId },
      metadata: { now, actor: ACTOR },
    };
    const eventId = firingEventId(automationId, triggerEventId);
    try {
      await this.pipeline.handle(automationDecider, command, { eventIds: [eventId] });
    } catch (error) {
      // An overlapping run recorded it first (at its own instant, hence other content under the same id).
      if (!(error instanceof DuplicateEventIdError && error.eventId === eventId)) throw error;
    }
    const { events } = await loadStream(this.store, this.codec, automationStreamName(automationId));
    const state = stateAsOf(automationDecider, events);
    const group = state.fired.get(triggerEventId);
    return group && state.definition ? { group, action: state.definition.action } : null;
  }

  private async act(
    payload: Payload,
    key: string,
    action: AutomationAction,
    now: Date,
    run: { interrupted: boolean; lastAttempt: boolean },
  ): Promise<FiringOutcome> {
    const customer = await this.customer(payload.customerId);
    if (customer.status !== 'active') return this.settle(key, 'skipped', 'customer-not-active');
    switch (action.kind) {
      case 'task':
        return this.createTask(payload, key, action, customer, now);
      case 'notify':
        return this.notify(payload, key, customer);
      case 'message':
        return this.message(payload, key, action, customer, now, run);
      case 'webhook':
        return this.callWebhook(payload, key, action, now, run.lastAttempt);
    }
  }

  private async createTask(
    { automationId, triggerEventId, customerId }: Payload,
    key: string,
    action: Extract<AutomationAction, { kind: 'task' }>,
    customer: ActiveCustomer,
    now: Date,
  ): Promise<FiringOutcome> {
    const command: ScheduleTask = {
      type: 'ScheduleTask',
      data: {
        customerId,
        channel: 'internal',
        taskId: `automation.${firingEventId(automationId, triggerEventId)}`,
        title: action.title,
        dueAt: new Date(now.getTime() + action.dueInMinutes * 60_000).toISOString(),
        assigneeId: customer.ownerId,
      },
      metadata: { now, actor: ACTOR },
    };
    const recorded = await this.append(command, nameBasedUuid(`${key}\ntask`));
    return recorded === true ? this.settle(key, 'done', null) : this.settle(key, 'skipped', recorded);
  }

  private async notify({ automationId, customerId }: Payload, key: string, customer: ActiveCustomer): Promise<FiringOutcome> {
    if (customer.ownerId === null) return this.settle(key, 'skipped', 'no-owner');
    await this.db
      .insertInto('notification')
      .values({ id: nameBasedUuid(key), staff_id: customer.ownerId, kind: 'automation', customer_id: customerId, automation_id: automationId })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return this.settle(key, 'done', null);
  }

  /** Quiet hours defer it; marketing pressure and consent may skip it; then the transport, at most once over SMTP as campaigns do. */
  private async message(
    payload: Payload,
    key: string,
    action: Extract<AutomationAction, { kind: 'message' }>,
    customer: ActiveCustomer,
    now: Date,
    run: { interrupted: boolean },
  ): Promise<FiringOutcome> {
    if (run.interrupted && !this.transport.idempotent) return this.settle(key, 'failed', 'interrupted');
    const until = quietUntil(now, this.config.marketingQuietHours, this.config.marketingTimeZone);
    if (until !== null) {
      await this.queue.add(JobName.AutomationFire, payload, { jobId: `${key}.after-quiet-hours.${until.getTime()}`, runAt: until });
      return { status: 'deferred', reason: `quiet hours until ${until.toISOString()}` };
    }
    const { automationId, customerId } = payload;
    // Only a customer who may be messaged takes a place in the pressure window (the decider still has the last word).
    if (customer.consents[action.channel]?.status !== 'given') return this.settle(key, 'skipped', 'consent-required');
    if (!(await this.pressure.claim(customerId, key, now))) return this.settle(key, 'skipped', 'marketing-pressure');
    const address = action.channel === 'email' ? customer.personal.email : customer.personal.phone;
    const promotion: SendPromotion = {
      type: 'SendPromotion',
      data: { customerId, channel: action.channel, campaignId: `automation.${automationId}`, promotionId: `automation.${automationId}` },
      metadata: { now, actor: ACTOR },
    };
    const recorded = address ? await this.append(promotion, nameBasedUuid(`${key}\npromotion`)) : `no-${action.channel}-address`;
    if (recorded !== true) {
      await this.pressure.release(customerId, key);
      return this.settle(key, 'skipped', recorded);
    }
    if (!(await this.advance(key, 'pending', 'sending')) && !this.transport.idempotent) return { status: 'sending', reason: null };
    await this.transport.send({ key, channel: action.channel, to: address!, subject: action.subject, body: action.body });
    return this.settle(key, 'done', null);
  }

  private async callWebhook(
    { automationId, triggerEventId, customerId }: Payload,
    key: string,
    action: Extract<AutomationAction, { kind: 'webhook' }>,
    now: Date,
    lastAttempt: boolean,
  ): Promise<FiringOutcome> {
    const firingId = firingEventId(automationId, triggerEventId);
    const failed = async (reason: string): Promise<FiringOutcome> => {
      if (lastAttempt) return this.settle(key, 'failed', reason);
      throw new Error(`automation webhook: ${reason}`);
    };
    if (!this.config.webhooksAllowPrivate && (await resolvesToPrivateAddress(action.url).catch(() => false)))
      return this.settle(key, 'failed', 'refused: the URL resolves to a private address');
    // No personal data leaves: the receiver gets ids and asks the API for the rest.
    const body = JSON.stringify({ type: 'AutomationFired', id: firingId, automationId, triggerEventId, customerId, firedAt: now.toISOString() });
    let response: Response;
    try {
      response = await fetch(action.url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', 'x-crm-event-id': firingId, 'x-crm-event-type': 'AutomationFired' },
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
    } catch (error) {
      return failed((error as Error)?.name === 'TimeoutError' ? 'timeout' : 'unreachable');
    }
    return response.ok ? this.settle(key, 'done', null) : failed(`answered ${response.status}`);
  }

  /** True once the event is in the stream (now or by an earlier run), else the rule that refused it. */
  private async append(command: ScheduleTask | SendPromotion, eventId: string): Promise<true | string> {
    try {
      await this.pipeline.handle(customerDecider, command, { eventIds: [eventId], channel: command.data.channel });
      return true;
    } catch (error) {
      if (error instanceof RuleViolation) return error.rule;
      if (error instanceof DuplicateEventIdError && error.eventId === eventId) return true;
      throw error;
    }
  }

  private async customer(customerId: string): Promise<CustomerState> {
    const { events } = await loadStream(this.store, this.codec, customerStreamName(customerId));
    return stateAsOf(customerDecider, events as never);
  }
}
