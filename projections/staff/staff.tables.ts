import type { Kysely } from 'kysely';

/** A staff member as the log tells it; name and email null once their personal data is erased. */
export interface StaffMemberTable {
  staff_id: string;
  name: string | null;
  email: string | null;
  title: string;
  manager_id: string | null;
  region: string | null;
  active: boolean;
}

export interface StaffTables {
  staff_member: StaffMemberTable;
}

export async function createStaffTables(db: Kysely<unknown>, schema: string): Promise<void> {
  await db.schema
    .withSchema(schema)
    .createTable('staff_member')
    .addColumn('staff_id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('manager_id', 'text')
    .addColumn('region', 'text')
    .addColumn('active', 'boolean', (col) => col.notNull())
    .execute();
  await db.schema.withSchema(schema).createIndex('staff_member_manager').on('staff_member').column('manager_id').execute();
}
