import {
  isFollowUpTouch,
  isTouchEvent,
  touchEventTypes,
  type CustomerErased,
  type CustomerOwnerAssigned,
  type FollowUpOverdue,
  type LeadCaptured,
  type StaffDeactivated,
  type StaffRegistered,
  type TouchEvent,
} from '#crm/domain';
import { JobName, writeToJobOutbox, type OutboxJob } from '#crm/jobs';
import { defineProjection, eventTypeSet, type Recorded } from '#crm/projection-runner';
import type { Transaction } from 'kysely';
import { followUpsTables, type FollowUpsTables } from './followups.tables.js';
import { markTouched } from './mark-touched.js';
import { assigneeFor } from './round-robin.js';

/**
 * A reactor: keeps the follow-up read model (GET /followups) and, for each captured lead, writes a
 * StartLeadFollowUp job into its outbox in the same transaction as the checkpoint. The owner is
 * chosen here, in log order, so replaying the log chooses the same people.
 */
type FollowUpsEvent = StaffRegistered | StaffDeactivated | CustomerOwnerAssigned | CustomerErased | FollowUpOverdue | TouchEvent;

export const followUpsProjection = defineProjection<FollowUpsEvent>()({
  name: 'followups',
  // 3: an erased customer's follow-up is closed
  version: 3,
  handles: {
    StaffRegistered: true,
    StaffDeactivated: true,
    CustomerOwnerAssigned: true,
    FollowUpOverdue: true,
    CustomerErased: true,
    ...eventTypeSet(touchEventTypes),
  },
  tables: followUpsTables,
  async afterCreate(db) {
    await db.insertInto('assignment_cursor').values({ id: 1, last_seq: '0' }).execute();
  },

  async applyBatch(trx, events, { schema }) {
    // The touches between two other events fold into one statement: they are most of the log. A
    // promotion sent (a mass mailing) follows nobody up and changes nothing here.
    const firstTouches = new Map<string, Date>();
    const jobs: OutboxJob[] = [];
    for (const event of events) {
      // LeadCaptured is a touch too, yet it opens a follow-up rather than following one up: it must
      // reach applyEvent, not be skipped with the other touches.
      if (event.type !== 'LeadCaptured' && isFollowUpTouch(event)) {
        if (!firstTouches.has(event.data.customerId)) firstTouches.set(event.data.customerId, event.recordedAt);
      } else if (event.type === 'LeadCaptured' || !isTouchEvent(event)) {
        await markTouched(trx, schema, firstTouches);
        firstTouches.clear();
        await applyEvent(trx, schema, event, jobs);
      }
    }
    await markTouched(trx, schema, firstTouches);
    await writeToJobOutbox(trx, jobs);
  },
});

/** Applies one event other than a plain touch; the jobs it starts are added to `jobs`, written with the batch. */
async function applyEvent(trx: Transaction<FollowUpsTables>, schema: string, event: Recorded<FollowUpsEvent>, jobs: OutboxJob[]): Promise<void> {
  const db = trx;
  switch (event.type) {
    case 'StaffRegistered': {
      const { data } = event;
      await db
        .insertInto('staff_member')
        .values({ staff_id: data.staffId, manager_id: data.managerId ?? null, active: data.active !== false, seq: event.position.prepare.toString() })
        .onConflict((oc) => oc.column('staff_id').doNothing())
        .execute();
      return;
    }
    case 'StaffDeactivated':
      await db.updateTable('staff_member').set({ active: false }).where('staff_id', '=', event.data.staffId).execute();
      return;
    case 'CustomerOwnerAssigned': {
      const { data } = event;
      await db
        .insertInto('customer_owner')
        .values({ customer_id: data.customerId, owner_id: data.ownerId })
        .onConflict((oc) => oc.column('customer_id').doUpdateSet({ owner_id: data.ownerId }))
        .execute();
      await db.updateTable('followup').set({ owner_id: data.ownerId }).where('customer_id', '=', data.customerId).execute();
      return;
    }
    case 'FollowUpOverdue': {
      const { data } = event;
      await db
        .updateTable('followup')
        .set({ status: 'overdue', overdue_at: data.occurredAt, escalated_to: data.escalatedTo })
        .where('customer_id', '=', data.customerId)
        .where('captured_at', '=', new Date(data.leadCapturedAt))
        .execute();
      return;
    }
    case 'LeadCaptured':
      return captureLead(trx, schema, event, jobs);
    case 'CustomerErased':
      // nobody is to call a person who asked to be forgotten: the follow-up leaves every list
      await db
        .updateTable('followup')
        .set({ status: 'erased' })
        .where('customer_id', '=', event.data.customerId)
        .where('status', 'in', ['open', 'overdue'])
        .execute();
      return;
  }
}

async function captureLead(trx: Transaction<FollowUpsTables>, schema: string, event: Recorded<LeadCaptured>, jobs: OutboxJob[]): Promise<void> {
  const db = trx;
  const { customerId, occurredAt } = event.data;
  const assignee = await assigneeFor(trx, schema, customerId);
  const row = {
    lead_event_id: event.id,
    captured_at: occurredAt,
    recorded_at: event.recordedAt,
    owner_id: assignee?.staffId ?? null,
    status: 'open' as const,
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
    key: leadFollowUpJobKey(event.id),
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

/** The outbox key (and BullMQ job id) of a lead's StartLeadFollowUp. */
export function leadFollowUpJobKey(leadEventId: string): string {
  return `lead-follow-up.${leadEventId}`;
}
