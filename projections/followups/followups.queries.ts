import { projectionSchema } from '#crm/projection-runner';
import type { Kysely } from 'kysely';
import type { FollowUpsTables } from './followups.tables.js';

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
export async function followUpsByOwner(db: Kysely<any>, filter: { ownerId?: string } = {}): Promise<OwnerFollowUps[]> {
  const rows = await (db as Kysely<FollowUpsTables>)
    .withSchema(projectionSchema('followups'))
    .selectFrom('followup')
    .select(['customer_id', 'owner_id', 'captured_at', 'recorded_at', 'status', 'overdue_at', 'escalated_to'])
    .where('status', 'in', ['open', 'overdue'])
    .$if(filter.ownerId !== undefined, (qb) => qb.where('owner_id', '=', filter.ownerId!))
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
