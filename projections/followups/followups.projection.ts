import {
  isFollowUpTouch,
  isTouchEvent,
  touchEventTypes,
  type AssignmentRulesDefined,
  type CustomerAttributesChanged,
  type CustomerErased,
  type CustomerOwnerAssigned,
  type CustomerRegistered,
  type FollowUpOverdue,
  type LeadCaptured,
  type StaffDeactivated,
  type StaffRegistered,
  type TouchEvent,
  type TouchVoided,
} from '#crm/domain';
import { JobName, writeToJobOutbox, type OutboxJob } from '#crm/jobs';
import { defineProjection, eventTypeSet, type Recorded } from '#crm/projection-runner';
import { sql, type Transaction } from 'kysely';
import { followUpsTables, type FollowUpsTables } from './followups.tables.js';
import { applyCustomerMerges, customerMergeHandles, isCustomerMergeEvent, type CustomerMergeEvent } from '../shared/customer-merges.js';
import { markTouched, type RunOfTouches } from './mark-touched.js';
import { routeLead } from './lead-routing.js';
import { CustomerProfiles } from './customer-profiles.js';

/** Events that neither read nor write follow-ups' status, so touches on either side of them need not be counted apart. */
const besideTouches = new Set<string>([
  'StaffRegistered',
  'StaffDeactivated',
  'AssignmentRulesDefined',
  'CustomerRegistered',
  'CustomerAttributesChanged',
  'CustomerOwnerAssigned',
]);

/** The events that read or change a customer's owner or attributes. */
const profileEvents = new Set<string>(['CustomerRegistered', 'CustomerAttributesChanged', 'CustomerOwnerAssigned', 'CustomerErased', 'LeadCaptured']);

/**
 * A reactor: keeps the follow-up read model (GET /followups) and, for each captured lead, writes a
 * StartLeadFollowUp job into its outbox in the same transaction as the checkpoint. The owner is
 * chosen here (lead-routing.ts), in log order, so replaying the log chooses the same people; the
 * assignment rules it follows are kept here too (GET /assignment-rules).
 */
type FollowUpsEvent =
  | StaffRegistered
  | StaffDeactivated
  | AssignmentRulesDefined
  | CustomerRegistered
  | CustomerAttributesChanged
  | CustomerOwnerAssigned
  | CustomerErased
  | FollowUpOverdue
  | TouchEvent
  | TouchVoided
  | CustomerMergeEvent;

export const followUpsProjection = defineProjection<FollowUpsEvent>()({
  name: 'followups',
  // 3: an erased customer's follow-up is closed; 4: assignment rules, team round-robins, attributes;
  // 5: merges (customer_merge): a touch of the survivor follows up its absorbed records' leads too;
  // the owner a customer is registered with (customer_owner); voids (followup.follow_ups, the `voided` status).
  version: 5,
  handles: {
    ...customerMergeHandles,
    StaffRegistered: true,
    StaffDeactivated: true,
    AssignmentRulesDefined: true,
    CustomerRegistered: true,
    CustomerAttributesChanged: true,
    CustomerOwnerAssigned: true,
    FollowUpOverdue: true,
    CustomerErased: true,
    TouchVoided: true,
    ...eventTypeSet(touchEventTypes),
  },
  tables: followUpsTables,

  async applyBatch(trx, events, { schema }) {
    // The touches between two other events fold into one statement: they are most of the log. A
    // promotion sent (a mass mailing) follows nobody up and changes nothing here.
    const firstTouches: RunOfTouches = new Map();
    const jobs: OutboxJob[] = [];
    const profiles = await CustomerProfiles.load(trx, [
      ...new Set(events.flatMap((event) => (profileEvents.has(event.type) ? [(event.data as { customerId: string }).customerId] : []))),
    ]);
    for (const event of events) {
      if (isCustomerMergeEvent(event)) {
        // The touches before a merge follow up the records they were recorded on, the later ones the absorbed too.
        await markTouched(trx, schema, firstTouches);
        firstTouches.clear();
        await applyCustomerMerges(trx, [event]);
        continue;
      }
      // LeadCaptured is a touch too, yet it opens a follow-up rather than following one up: it must
      // reach applyEvent, not be skipped with the other touches.
      if (event.type !== 'LeadCaptured' && isFollowUpTouch(event)) {
        const run = firstTouches.get(event.data.customerId);
        if (run) run.count += 1;
        else firstTouches.set(event.data.customerId, { at: event.recordedAt, count: 1 });
      } else if (event.type === 'LeadCaptured' || !isTouchEvent(event)) {
        if (!besideTouches.has(event.type)) {
          await markTouched(trx, schema, firstTouches);
          firstTouches.clear();
        }
        await applyEvent(trx, schema, event, jobs, profiles);
      }
    }
    await profiles.save(trx);
    await markTouched(trx, schema, firstTouches);
    await writeToJobOutbox(trx, jobs);
  },
});

/** Applies one event other than a plain touch; the jobs it starts are added to `jobs`, written with the batch. */
async function applyEvent(
  trx: Transaction<FollowUpsTables>,
  schema: string,
  event: Recorded<FollowUpsEvent>,
  jobs: OutboxJob[],
  profiles: CustomerProfiles,
): Promise<void> {
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
    case 'AssignmentRulesDefined': {
      const row = { rules: JSON.stringify(event.data.rules), defined_at: event.data.occurredAt };
      await db
        .insertInto('assignment_rules')
        .values({ id: 1, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      return;
    }
    case 'CustomerRegistered': {
      const { customerId, attributes, ownerId } = event.data;
      profiles.register(customerId, attributes);
      // A customer registered with an owner keeps it for its first lead: no rule or round-robin picks another.
      if (ownerId) profiles.setOwner(customerId, ownerId);
      return;
    }
    case 'CustomerAttributesChanged':
      profiles.changeAttributes(event.data.customerId, event.data.set, event.data.unset ?? []);
      return;
    case 'CustomerOwnerAssigned':
      profiles.setOwner(event.data.customerId, event.data.ownerId);
      return;
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
      return captureLead(trx, schema, event, jobs, profiles);
    case 'TouchVoided':
      return voidFollowUp(trx, event);
    case 'CustomerErased':
      // nobody is to call a person who asked to be forgotten: the follow-up leaves every list
      await db
        .updateTable('followup')
        .set({ status: 'erased' })
        .where('customer_id', '=', event.data.customerId)
        .where('status', 'in', ['open', 'overdue'])
        .execute();
      profiles.erase(event.data.customerId);
      return;
  }
}

/**
 * As the follow-up state takes a void back (libs/domain followup.state.ts): a voided lead is
 * followed up by nobody; a voided touch made at or after the lead's capture takes back its
 * follow-up, and a lead left with none is open again. Its deadline job, if it already ran, does
 * not come back: the lead waits in the list without going overdue.
 */
async function voidFollowUp(trx: Transaction<FollowUpsTables>, event: Recorded<TouchVoided>): Promise<void> {
  const { customerId, touchEventId, voided } = event.data;
  if (voided.type === 'LeadCaptured') {
    await trx.updateTable('followup').set({ status: 'voided' }).where('lead_event_id', '=', touchEventId).where('status', '<>', 'erased').execute();
    return;
  }
  if (!isFollowUpTouch(voided)) return;
  await trx
    .updateTable('followup')
    .set({
      follow_ups: sql`follow_ups - 1`,
      status: sql`case when follow_ups = 1 and status = 'touched' then 'open' else status end`,
      touched_at: sql`case when follow_ups = 1 and status = 'touched' then null else touched_at end`,
    })
    .where('customer_id', '=', customerId)
    .where('follow_ups', '>', 0)
    .where('captured_at', '<=', new Date(voided.data.occurredAt))
    .execute();
}

async function captureLead(
  trx: Transaction<FollowUpsTables>,
  schema: string,
  event: Recorded<LeadCaptured>,
  jobs: OutboxJob[],
  profiles: CustomerProfiles,
): Promise<void> {
  const db = trx;
  const { customerId, occurredAt } = event.data;
  const assignee = await routeLead(trx, schema, event, profiles);
  const row = {
    lead_event_id: event.id,
    captured_at: occurredAt,
    recorded_at: event.recordedAt,
    owner_id: assignee?.staffId ?? null,
    status: 'open' as const,
    touched_at: null,
    follow_ups: 0,
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
      cause: assignee?.cause ?? null,
      nextInTeam: assignee?.nextInTeam ?? null,
    },
  });
}

/** The outbox key (and BullMQ job id) of a lead's StartLeadFollowUp. */
export function leadFollowUpJobKey(leadEventId: string): string {
  return `lead-follow-up.${leadEventId}`;
}
