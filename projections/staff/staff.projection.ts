import { DEFAULT_STAFF_TIME_ZONE, type StaffEvent } from '#crm/domain';
import { defineProjection } from '#crm/projection-runner';
import { staffTables } from './staff.tables.js';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The staff list (GET /staff) and the manager chain that team record access follows. Reads decoded
 * events: an erased staff member's name and email arrive as a marker and are kept as null.
 */
export const staffProjection = defineProjection<StaffEvent>()({
  name: 'staff',
  // 2: each member's time zone
  version: 2,
  handles: { StaffRegistered: true, StaffDeactivated: true, StaffTimeZoneSet: true },
  tables: staffTables,

  async applyBatch(trx, events) {
    for (const event of events) {
      if (event.type === 'StaffDeactivated') {
        await trx.updateTable('staff_member').set({ active: false }).where('staff_id', '=', event.data.staffId).execute();
        continue;
      }
      if (event.type === 'StaffTimeZoneSet') {
        await trx.updateTable('staff_member').set({ time_zone: event.data.timeZone }).where('staff_id', '=', event.data.staffId).execute();
        continue;
      }
      const { staffId, title, managerId, region, active, personal } = event.data;
      const person: Record<string, unknown> = personal ?? {};
      await trx
        .insertInto('staff_member')
        .values({
          staff_id: staffId,
          name: text(person.name),
          email: text(person.email),
          title,
          manager_id: managerId,
          region,
          active: active !== false,
          time_zone: DEFAULT_STAFF_TIME_ZONE,
        })
        .onConflict((oc) => oc.column('staff_id').doNothing())
        .execute();
    }
  },
});
