import { projectionSchema } from '#crm/projection-runner';
import type { ReadDatabase } from '#crm/read-store';
import { sql, type Kysely } from 'kysely';

const STAFF = `${projectionSchema('staff')}.staff_member`;

export interface StaffItem {
  staffId: string;
  name: string | null;
  email: string | null;
  title: string;
  managerId: string | null;
  managerName: string | null;
  region: string | null;
  active: boolean;
  timeZone: string;
}

interface StaffRow {
  staff_id: string;
  name: string | null;
  email: string | null;
  title: string;
  manager_id: string | null;
  manager_name: string | null;
  region: string | null;
  active: boolean;
  time_zone: string;
}

/** Every staff member with their manager's name, by name. */
export async function staffList(read: Kysely<ReadDatabase>): Promise<StaffItem[]> {
  const { rows } = await sql<StaffRow>`
    select s.staff_id, s.name, s.email, s.title, s.manager_id, m.name as manager_name, s.region, s.active, s.time_zone
    from ${sql.table(STAFF)} s left join ${sql.table(STAFF)} m on m.staff_id = s.manager_id
    order by s.name nulls last, s.staff_id`.execute(read);
  return rows.map((row) => ({
    staffId: row.staff_id,
    name: row.name,
    email: row.email,
    title: row.title,
    managerId: row.manager_id,
    managerName: row.manager_name,
    region: row.region,
    active: row.active,
    timeZone: row.time_zone,
  }));
}

/**
 * A staff member and everyone who reports to them, directly or down the manager chain. `union`
 * (not `union all`) ends the walk should the log ever hold a cycle of managers.
 */
export async function teamOf(read: Kysely<ReadDatabase>, staffId: string): Promise<string[]> {
  const { rows } = await sql<{ staff_id: string }>`
    with recursive team(staff_id) as (
      select ${staffId}::text
      union
      select s.staff_id from ${sql.table(STAFF)} s join team t on s.manager_id = t.staff_id
    )
    select staff_id from team`.execute(read);
  return rows.map((row) => row.staff_id);
}

/** Where to reach a staff member: null when the staff projection does not know them (yet). */
export async function staffContact(
  read: Kysely<ReadDatabase>,
  staffId: string,
): Promise<{ name: string | null; email: string | null; active: boolean } | null> {
  const { rows } = await sql<{ name: string | null; email: string | null; active: boolean }>`
    select name, email, active from ${sql.table(STAFF)} where lower(staff_id) = lower(${staffId})`.execute(read);
  return rows[0] ?? null;
}
