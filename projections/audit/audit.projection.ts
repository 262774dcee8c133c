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

  async applyBatch(trx, events, { copy }) {
    if (events.length === 0) return;
    const rows = events.map(auditRow);
    // A row per event: a rebuild's replay meets each event once.
    if (copy) return copy('audit_event', rows);
    await trx
      .insertInto('audit_event')
      .values(rows)
      .onConflict((conflict) => conflict.column('event_id').doNothing())
      .execute();
  },
});
