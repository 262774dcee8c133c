import { defineProjection } from '#crm/projection-runner';
import { auditRow } from './audit-row.js';
import { auditTables } from './audit.tables.js';
import { auditedEventTypeSet, type AuditedEvent } from './audited-event-types.js';

/** The audit index over the whole log: GET /audit/events filters it and reads the events from the log. */
export const auditProjection = defineProjection<AuditedEvent>()({
  name: 'audit',
  version: 1,
  handles: auditedEventTypeSet,
  tables: auditTables,

  async applyBatch(trx, events) {
    if (events.length === 0) return;
    await trx
      .insertInto('audit_event')
      .values(events.map(auditRow))
      .onConflict((conflict) => conflict.column('event_id').doNothing())
      .execute();
  },
});
