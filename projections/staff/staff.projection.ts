import type { StaffEvent } from '@crm/domain';
import type { Projection } from '@crm/projection-runner';
import type { Kysely } from 'kysely';
import { createStaffTables, type StaffTables } from './staff.tables.js';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The staff list (GET /staff) and the manager chain that team record access follows. Reads decoded
 * events: an erased staff member's name and email arrive as a marker and are kept as null.
 */
export const staffProjection: Projection = {
  name: 'staff',
  version: 1,
  eventTypes: ['StaffRegistered', 'StaffDeactivated'],
  createSchema: (db, schema) => createStaffTables(db, schema),

  async applyBatch(trx, events, { schema }) {
    const db = trx.withSchema(schema) as unknown as Kysely<StaffTables>;
    for (const recorded of events) {
      const event = recorded as unknown as StaffEvent;
      if (event.type === 'StaffDeactivated') {
        await db.updateTable('staff_member').set({ active: false }).where('staff_id', '=', event.data.staffId).execute();
        continue;
      }
      const { staffId, title, managerId, region, active, personal } = event.data;
      const person = (personal ?? {}) as Record<string, unknown>;
      await db
        .insertInto('staff_member')
        .values({ staff_id: staffId, name: text(person.name), email: text(person.email), title, manager_id: managerId, region, active: active !== false })
        .onConflict((oc) => oc.column('staff_id').doNothing())
        .execute();
    }
  },
};
