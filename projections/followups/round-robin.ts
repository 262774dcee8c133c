import { sql, type Transaction } from 'kysely';
import type { FollowUpsTables } from './followups.tables.js';

export type Assignee = { staffId: string; managerId: string | null };

/**
 * Who a lead of this customer goes to: its owner when it has one, otherwise the next salesperson
 * after the last one given a lead, wrapping around; null when there is none. A salesperson is an
 * active staff member who reports to a manager: an overdue lead is escalated to that manager, and
 * staff with nobody above them (managers, admins) do not take leads. Decided inside the
 * projection's transaction, in log order, so a rebuild picks exactly the same owners again. One
 * statement each way: leads are frequent enough in a replay for round trips to count.
 */
export async function assigneeFor(trx: Transaction<FollowUpsTables>, schema: string, customerId: string): Promise<Assignee | null> {
  const table = (name: string) => sql.table(`${schema}.${name}`);
  const { rows: owned } = await sql<Assignee>`
    select owner.owner_id as "staffId", staff.manager_id as "managerId"
    from ${table('customer_owner')} as owner left join ${table('staff_member')} as staff on staff.staff_id = owner.owner_id
    where owner.customer_id = ${customerId}`.execute(trx);
  if (owned.length > 0) return owned[0];
  // Those after the cursor come first (false sorts before true), then the wrap-around from the start.
  const { rows: next } = await sql<Assignee>`
    with cursor as (select last_seq from ${table('assignment_cursor')} where id = 1),
    pick as (
      select staff.staff_id, staff.manager_id, staff.seq
      from ${table('staff_member')} as staff, cursor
      where staff.active and staff.manager_id is not null
      order by staff.seq <= cursor.last_seq, staff.seq
      limit 1
    ),
    moved as (update ${table('assignment_cursor')} set last_seq = pick.seq from pick where id = 1)
    select staff_id as "staffId", manager_id as "managerId" from pick`.execute(trx);
  return next[0] ?? null;
}
