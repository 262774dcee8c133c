import { Injectable } from '@nestjs/common';
import { CommandPipeline } from '#crm/commands';
import { CrmConfig } from '#crm/config';
import { customerDecider, followUpDecider, RuleViolation, type AssignCustomerOwner, type RecordFollowUpOverdue } from '#crm/domain';
import { JobName, JobQueue, type JobPayload } from '#crm/jobs';
import { systemMetadata } from '../system-actor.js';

/**
 * Both steps are idempotent: event ids are seeded by the lead (a retried append is recognised by
 * the log), deciders return nothing when nothing changes, and the due job's id is the lead's.
 */
@Injectable()
export class LeadFollowUpService {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly queue: JobQueue,
    private readonly config: CrmConfig,
  ) {}

  async start(payload: JobPayload<JobName.StartLeadFollowUp>): Promise<{ dueAt: string }> {
    if (payload.ownerId) await this.assignOwner(payload.customerId, payload.ownerId, payload.leadEventId);
    const dueAt = new Date(Date.parse(payload.leadRecordedAt) + this.config.followUpDeadlineMinutes * 60_000);
    await this.queue.add(
      JobName.FollowUpDue,
      { customerId: payload.customerId, leadCapturedAt: payload.leadCapturedAt, dueAt: dueAt.toISOString(), escalateTo: payload.escalateTo },
      { jobId: `lead-follow-up-due.${payload.leadEventId}`, runAt: dueAt },
    );
    return { dueAt: dueAt.toISOString() };
  }

  async checkDue(payload: JobPayload<JobName.FollowUpDue>): Promise<{ overdue: boolean }> {
    const command: RecordFollowUpOverdue = { type: 'RecordFollowUpOverdue', data: payload, metadata: systemMetadata('followups') };
    const result = await this.pipeline.handle(followUpDecider, command, { idempotencyKey: `follow-up-overdue.${payload.leadCapturedAt}`, channel: 'internal' });
    return { overdue: result.events.length > 0 };
  }

  private async assignOwner(customerId: string, ownerId: string, leadEventId: string): Promise<void> {
    const command: AssignCustomerOwner = { type: 'AssignCustomerOwner', data: { customerId, ownerId }, metadata: systemMetadata('followups') };
    try {
      await this.pipeline.handle(customerDecider, command, { idempotencyKey: `lead-owner.${leadEventId}`, channel: 'internal' });
    } catch (error) {
      // Erased since the lead came in: there is nobody left to follow up, and retrying cannot change that.
      if (!(error instanceof RuleViolation && error.rule === 'customer-erased')) throw error;
    }
  }
}
