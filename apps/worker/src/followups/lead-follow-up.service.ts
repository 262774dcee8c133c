import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, EVENT_CODEC, type EventCodec } from '#crm/commands';
import { CrmConfig } from '#crm/config';
import {
  customerDecider,
  followUpDecider,
  RuleViolation,
  type AssignCustomerOwner,
  type FollowUpOverdue,
  type OwnerAssignmentCause,
  type ReassignOverdueLead,
  type RecordFollowUpOverdue,
} from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { JobName, JobQueue, type JobPayload } from '#crm/jobs';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import { MessageTransport } from '#crm/transport';
import type { Kysely } from 'kysely';
import { notifyOnce } from '../notifications/notify-once.js';
import { systemMetadata } from '../system-actor.js';
import { staffEmail } from './staff-email.js';

/**
 * Every step is idempotent: event ids are seeded by the lead (a retried append is recognised by
 * the log), deciders return nothing when nothing changes, job ids are the lead's, and a message's
 * key names the lead and the person, so a rerun mails nobody twice through the outbox transport.
 */
@Injectable()
export class LeadFollowUpService {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly queue: JobQueue,
    private readonly config: CrmConfig,
    private readonly transport: MessageTransport,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
  ) {}

  async start(payload: JobPayload<JobName.StartLeadFollowUp>): Promise<{ dueAt: string }> {
    if (payload.ownerId) await this.assignOwner(payload.customerId, payload.ownerId, payload.leadEventId, payload.cause ?? undefined);
    const recordedAt = Date.parse(payload.leadRecordedAt);
    const dueAt = new Date(recordedAt + this.config.followUpDeadlineMinutes * 60_000);
    const reassignAt = new Date(recordedAt + this.config.followUpReassignMinutes * 60_000);
    const reassignTo = this.config.followUpReassignTo === 'team' ? (payload.nextInTeam ?? payload.escalateTo) : payload.escalateTo;
    await this.queue.add(
      JobName.FollowUpDue,
      {
        customerId: payload.customerId,
        leadCapturedAt: payload.leadCapturedAt,
        dueAt: dueAt.toISOString(),
        escalateTo: payload.escalateTo,
        reassignTo,
        reassignAt: reassignAt.toISOString(),
      },
      { jobId: `lead-follow-up-due.${payload.leadEventId}`, runAt: dueAt },
    );
    return { dueAt: dueAt.toISOString() };
  }

  /** Once overdue, the owner and the manager are told, and the reassignment waits for its own deadline. */
  async checkDue({ reassignTo, reassignAt, ...payload }: JobPayload<JobName.FollowUpDue>): Promise<{ overdue: boolean }> {
    const command: RecordFollowUpOverdue = { type: 'RecordFollowUpOverdue', data: payload, metadata: systemMetadata('followups') };
    const result = await this.pipeline.handle(followUpDecider, command, { idempotencyKey: `follow-up-overdue.${payload.leadCapturedAt}`, channel: 'internal' });
    const appended = result.events.find((event) => event.type === 'FollowUpOverdue');
    if (!appended) return { overdue: false };
    await this.notifyOverdue(await this.recorded(result.streamName, appended.revision));
    if (reassignTo && reassignAt) {
      const data = { customerId: payload.customerId, leadCapturedAt: payload.leadCapturedAt, reassignAt, reassignTo };
      await this.queue.add(JobName.FollowUpReassign, data, {
        jobId: `lead-follow-up-reassign.${payload.customerId}.${payload.leadCapturedAt}`,
        runAt: new Date(reassignAt),
      });
    }
    return { overdue: true };
  }

  async reassign(data: JobPayload<JobName.FollowUpReassign>): Promise<{ reassignedTo: string | null }> {
    const command: ReassignOverdueLead = { type: 'ReassignOverdueLead', data, metadata: systemMetadata('followups') };
    const result = await this.pipeline.handle(followUpDecider, command, { idempotencyKey: `follow-up-reassign.${data.leadCapturedAt}`, channel: 'internal' });
    if (result.events.length === 0) return { reassignedTo: null };
    await this.tell(data.reassignTo, `follow-up-reassigned.${data.customerId}.${data.leadCapturedAt}.${data.reassignTo}`, {
      kind: 'lead-reassigned',
      customerId: data.customerId,
      subject: 'A lead was given to you',
      body: [
        `A lead nobody followed up in time (it came in ${data.leadCapturedAt}) is yours now.`,
        `Customer: ${data.customerId}`,
        'Call, write or visit them soon.',
      ].join('\n'),
    });
    return { reassignedTo: data.reassignTo };
  }

  /** The event itself, not the append's receipt: a rerun's answer (idempotent) names the event but holds no data. */
  private async recorded(streamName: string, revision: bigint): Promise<FollowUpOverdue['data']> {
    for await (const event of this.events.readStream(streamName, { fromRevision: revision, maxCount: 1 })) return event.data as FollowUpOverdue['data'];
    throw new Error(`${streamName} has no event at revision ${revision}`);
  }

  private async notifyOverdue({ customerId, leadCapturedAt, dueAt, ownerId, escalatedTo }: FollowUpOverdue['data']): Promise<void> {
    const body = [
      `A lead has had no follow-up since it came in (${leadCapturedAt}); it was due by ${dueAt}.`,
      `Customer: ${customerId}`,
      'Call, write or visit them; a lead left untouched is reassigned.',
    ].join('\n');
    const recipients = [ownerId, escalatedTo].filter((staffId): staffId is string => staffId !== null && staffId !== undefined);
    for (const staffId of new Set(recipients)) {
      await this.tell(staffId, `follow-up-overdue.${customerId}.${leadCapturedAt}.${staffId}`, {
        kind: 'follow-up-overdue',
        customerId,
        dueAt,
        subject: 'A lead is waiting for its follow-up',
        body,
      });
    }
  }

  /** In the app and by mail, under one key: a rerun finds the notification written and the outbox transport the mail sent. */
  private async tell(
    staffId: string,
    key: string,
    message: { kind: 'follow-up-overdue' | 'lead-reassigned'; customerId: string; dueAt?: string; subject: string; body: string },
  ): Promise<void> {
    await notifyOnce(this.db, key, {
      staff_id: staffId,
      kind: message.kind,
      customer_id: message.customerId,
      task_id: null,
      due_at: message.dueAt === undefined ? null : new Date(message.dueAt),
    });
    const to = await staffEmail(this.events, this.codec, staffId);
    if (to) await this.transport.send({ key, channel: 'email', to, subject: message.subject, body: message.body });
  }

  private async assignOwner(customerId: string, ownerId: string, leadEventId: string, cause: OwnerAssignmentCause | undefined): Promise<void> {
    const command: AssignCustomerOwner = { type: 'AssignCustomerOwner', data: { customerId, ownerId, cause }, metadata: systemMetadata('followups') };
    try {
      await this.pipeline.handle(customerDecider, command, { idempotencyKey: `lead-owner.${leadEventId}`, channel: 'internal' });
    } catch (error) {
      // Erased since the lead came in: there is nobody left to follow up, and retrying cannot change that.
      if (!(error instanceof RuleViolation && error.rule === 'customer-erased')) throw error;
    }
  }
}
