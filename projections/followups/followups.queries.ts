import type { OutboxJobRow } from '#crm/jobs';
import type { AssignmentRule } from '#crm/domain';
import type { ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { onAbsorbed, survivorIn } from '../shared/customer-merges.js';
import { followUpsProjection, leadFollowUpJobKey } from './followups.projection.js';

export type FollowUpItem = {
  customerId: string;
  capturedAt: Date;
  recordedAt: Date;
  status: 'open' | 'overdue';
  overdueAt: Date | null;
  escalatedTo: string | null;
};

export type OwnerFollowUps = { ownerId: string | null; open: FollowUpItem[]; overdue: FollowUpItem[] };

/** Open and overdue follow-ups grouped by owner (null: nobody was active to take the lead). */
export async function followUpsByOwner(
  db: Kysely<ReadDatabase>,
  filter: { ownerId?: string; visibleOwners?: readonly string[] } = {},
): Promise<OwnerFollowUps[]> {
  const rows = await followUpsProjection
    .read(db)
    .selectFrom('followup')
    .leftJoin('customer_merge as merge', onAbsorbed('merge', 'followup.customer_id'))
    .select(['owner_id', 'captured_at', 'recorded_at', 'status', 'overdue_at', 'escalated_to'])
    // A lead of a record merged into another is the survivor's to follow up.
    .select(survivorIn('merge', 'followup.customer_id').as('customer_id'))
    .where('status', 'in', ['open', 'overdue'])
    .$if(filter.ownerId !== undefined, (qb) => qb.where('owner_id', '=', filter.ownerId!))
    .$if(filter.visibleOwners !== undefined, (qb) =>
      qb.where((eb) => eb.or([eb('owner_id', 'is', null), ...(filter.visibleOwners!.length > 0 ? [eb('owner_id', 'in', filter.visibleOwners!)] : [])])),
    )
    .orderBy('owner_id')
    .orderBy('recorded_at')
    .execute();
  const byOwner = new Map<string | null, OwnerFollowUps>();
  for (const row of rows) {
    const group = byOwner.get(row.owner_id) ?? { ownerId: row.owner_id, open: [], overdue: [] };
    byOwner.set(row.owner_id, group);
    const item: FollowUpItem = {
      customerId: row.customer_id,
      capturedAt: row.captured_at,
      recordedAt: row.recorded_at,
      status: row.status as FollowUpItem['status'],
      overdueAt: row.overdue_at,
      escalatedTo: row.escalated_to,
    };
    (row.status === 'overdue' ? group.overdue : group.open).push(item);
  }
  return [...byOwner.values()];
}

/**
 * The dispatched StartLeadFollowUp jobs of follow-ups still open or overdue, a page at a time (after
 * the customer id `after`): what must be in Redis for their deadlines to come. An overdue one is
 * started again too, since its reassignment may have lived only in Redis: the start re-adds the due
 * job, which finds the overdue event already recorded and re-adds the reassignment. Every step is
 * idempotent (event ids seeded by keys, mails keyed), so a lead reassigned long ago costs three
 * jobs that change nothing. Superseded leads are left out, their deadline would find a later lead
 * and do nothing.
 */
export async function unfinishedFollowUpStarts(
  db: Kysely<ReadDatabase>,
  page: { after: string | null; limit: number },
): Promise<{ jobs: OutboxJobRow[]; last: string | null }> {
  const tables = followUpsProjection.read(db);
  const open = await tables
    .selectFrom('followup')
    .select(['customer_id', 'lead_event_id'])
    .where('status', 'in', ['open', 'overdue'])
    .$if(page.after !== null, (qb) => qb.where('customer_id', '>', page.after!))
    .orderBy('customer_id')
    .limit(page.limit)
    .execute();
  if (open.length === 0) return { jobs: [], last: null };
  const jobs = await tables
    .selectFrom('job_outbox')
    .select(['key', 'name', 'payload', 'run_at as runAt'])
    .where(
      'key',
      'in',
      open.map((row) => leadFollowUpJobKey(row.lead_event_id)),
    )
    .where('dispatched_at', 'is not', null)
    .orderBy('seq')
    .execute();
  return { jobs, last: open.at(-1)!.customer_id };
}

export type AssignmentRulesView = { rules: AssignmentRule[]; definedAt: Date | null };

/** The rules in force, in the order they are tried; none until the first definition. */
export async function assignmentRules(db: Kysely<ReadDatabase>): Promise<AssignmentRulesView> {
  const row = await followUpsProjection.read(db).selectFrom('assignment_rules').select(['rules', 'defined_at']).where('id', '=', 1).executeTakeFirst();
  return { rules: row?.rules ?? [], definedAt: row?.defined_at ?? null };
}
