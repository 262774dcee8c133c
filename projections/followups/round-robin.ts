import type { Transaction } from 'kysely';

export type Assignee = { staffId: string; managerId: string | null };

/**
 * The next salesperson after the last one given a lead, wrapping around; null when there is none.
 * A salesperson is an active staff member who reports to a manager: an overdue lead is escalated
 * to that manager, and staff with nobody above them (managers, admins) do not take leads. Decided inside the projection's transaction, in log order, so a rebuild
 * picks exactly the same owners again.
 */
export async function nextAssignee(trx: Transaction<any>, schema: string): Promise<Assignee | null> {
  const db = trx.withSchema(schema);
  const { last_seq } = await db.selectFrom('assignment_cursor').select('last_seq').where('id', '=', 1).executeTakeFirstOrThrow();
  const pick = (after: number) =>
    db.selectFrom('staff_member').select(['staff_id', 'manager_id', 'seq']).where('active', '=', true).where('manager_id', 'is not', null).where('seq', '>', after).orderBy('seq').limit(1).executeTakeFirst();
  const next = (await pick(last_seq)) ?? (await pick(0));
  if (!next) return null;
  await db.updateTable('assignment_cursor').set({ last_seq: next.seq }).where('id', '=', 1).execute();
  return { staffId: next.staff_id, managerId: next.manager_id };
}

export async function managerOf(trx: Transaction<any>, schema: string, staffId: string): Promise<string | null> {
  const row = await trx.withSchema(schema).selectFrom('staff_member').select('manager_id').where('staff_id', '=', staffId).executeTakeFirst();
  return row?.manager_id ?? null;
}
