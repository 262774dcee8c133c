import { isFollowUpTouch, touchEventTypes } from '#crm/domain';
import type { RecordedEvent } from '#crm/event-store';
import { JobName, writeToJobOutbox, type OutboxJob } from '#crm/jobs';
import type { Projection } from '#crm/projection-runner';
import type { Transaction } from 'kysely';
import { createFollowUpsSchema } from './followups-schema.js';
import { markTouched } from './mark-touched.js';
import { assigneeFor } from './round-robin.js';

/**
 * A reactor: keeps the follow-up read model (GET /followups) and, for each captured lead, writes a
 * StartLeadFollowUp job into its outbox in the same transaction as the checkpoint. The owner is
 * chosen here, in log order, so replaying the log chooses the same people.
 */
export const followUpsProjection: Projection = {
  name: 'followups',
  version: 2,
  eventTypes: ['StaffRegistered', 'StaffDeactivated', 'CustomerOwnerAssigned', 'FollowUpOverdue', ...touchEventTypes],
  createSchema: createFollowUpsSchema,

  async applyBatch(trx, events, { schema }) {
    // The touches between two other events fold into one statement: they are most of the log. A
    // promotion sent (a mass mailing) follows nobody up and changes nothing here.
    const firstTouches = new Map<string, Date>();
    const jobs: OutboxJob[] = [];
    for (const event of events) {
      if (isFollowUpTouch(event)) {
        if (!firstTouches.has(event.data.customerId)) firstTouches.set(event.data.customerId, event.recordedAt);
      } else if (event.type !== 'PromotionSent') {
        await markTouched(trx, schema, firstTouches);
        firstTouches.clear();
        await applyEvent(trx, schema, event, jobs);
      }
    }
    await markTouched(trx, schema, firstTouches);
    await writeToJobOutbox(trx, schema, jobs);
  },
};

/** Applies one event other than a plain touch; the jobs it starts are added to `jobs`, written with the batch. */
async function applyEvent(trx: Transaction<any>, schema: string, event: RecordedEvent, jobs: OutboxJob[]): Promise<void> {
  const db = trx.withSchema(schema);
  const data = event.data as Record<string, any>;
  switch (event.type) {
    case 'StaffRegistered':
      await db
        .insertInto('staff_member')
        .values({ staff_id: data.staffId, manager_id: data.managerId ?? null, active: data.active !== false, seq: event.position.prepare.toString() })
        .onConflict((oc) => oc.column('staff_id').doNothing())
        .execute();
      return;
    case 'StaffDeactivated':
      await db.updateTable('staff_member').set({ active: false }).where('staff_id', '=', data.staffId).execute();
      return;
    case 'CustomerOwnerAssigned':
      await db
        .insertInto('customer_owner')
        .values({ customer_id: data.customerId, owner_id: data.ownerId })
        .onConflict((oc) => oc.column('customer_id').doUpdateSet({ owner_id: data.ownerId }))
        .execute();
      await db.updateTable('followup').set({ owner_id: data.ownerId }).where('customer_id', '=', data.customerId).execute();
      return;
    case 'FollowUpOverdue':
      await db
        .updateTable('followup')
        .set({ status: 'overdue', overdue_at: data.occurredAt, escalated_to: data.escalatedTo })
        .where('customer_id', '=', data.customerId)
        .where('captured_at', '=', data.leadCapturedAt)
        .execute();
      return;
    case 'LeadCaptured':
      return captureLead(trx, schema, event, jobs);
  }
}

async function captureLead(trx: Transaction<any>, schema: string, event: RecordedEvent, jobs: OutboxJob[]): Promise<void> {
  const db = trx.withSchema(schema);
  const { customerId, occurredAt } = event.data as { customerId: string; occurredAt: string };
  const assignee = await assigneeFor(trx, schema, customerId);
  const row = {
    lead_event_id: event.id,
    captured_at: occurredAt,
    recorded_at: event.recordedAt,
    owner_id: assignee?.staffId ?? null,
    status: 'open',
    touched_at: null,
    overdue_at: null,
    escalated_to: null,
  };
  await db
    .insertInto('followup')
    .values({ customer_id: customerId, ...row })
    .onConflict((oc) => oc.column('customer_id').doUpdateSet(row))
    .execute();
  jobs.push({
    key: `lead-follow-up.${event.id}`,
    name: JobName.StartLeadFollowUp,
    payload: {
      customerId,
      leadEventId: event.id,
      leadCapturedAt: occurredAt,
      leadRecordedAt: event.recordedAt.toISOString(),
      ownerId: assignee?.staffId ?? null,
      escalateTo: assignee?.managerId ?? null,
    },
  });
}
