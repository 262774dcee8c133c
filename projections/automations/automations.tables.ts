import type { AutomationDefinition, FiringGroup } from '#crm/domain';
import { jobOutboxTables } from '#crm/jobs';
import { column, defineTables, type TablesOf } from '#crm/read-store';

export const automationsTables = defineTables({
  ...jobOutboxTables,
  /** Every automation as its latest version defines it. */
  automation: {
    columns: {
      automation_id: column.uuid().primaryKey(),
      name: column.text(),
      version: column.integer(),
      status: column.text().as<'active' | 'paused'>(),
      definition: column.jsonb<AutomationDefinition>(),
      defined_at: column.timestamptz(),
      updated_at: column.timestamptz(),
      /** Since when it has been active without a pause: segment and lifecycle changes from then on trigger it. */
      active_since: column.timestamptz(),
    },
  },
  /** Every AutomationFired: who, when, which group. What results compare. */
  automation_firing: {
    columns: {
      automation_id: column.uuid(),
      trigger_event_id: column.text(),
      customer_id: column.uuid(),
      version: column.integer(),
      group: column.text().as<FiringGroup>(),
      fired_at: column.timestamptz(),
    },
    primaryKey: ['automation_id', 'trigger_event_id'],
    indexes: [{ name: 'automation_firing_customer', on: ['automation_id', 'customer_id', 'fired_at'] }],
  },
});

export type AutomationsTables = TablesOf<typeof automationsTables>;
