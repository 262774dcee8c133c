import { column, defineTables, type TablesOf } from '#crm/read-store';

export const staffTables = defineTables({
  /** A staff member as the log tells it; name and email null once their personal data is erased. */
  staff_member: {
    columns: {
      staff_id: column.text().primaryKey(),
      name: column.text().nullable(),
      email: column.text().nullable(),
      title: column.text(),
      manager_id: column.text().nullable(),
      region: column.text().nullable(),
      active: column.boolean(),
      /** IANA name; what their "today" and their morning are. */
      time_zone: column.text(),
    },
    indexes: [{ name: 'staff_member_manager', on: ['manager_id'] }],
  },
});

export type StaffTables = TablesOf<typeof staffTables>;
