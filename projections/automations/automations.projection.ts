import { conditionsHold, type AutomationDefinition, type AutomationEvent } from '#crm/domain';
import { JobName, writeToJobOutbox, type OutboxJob } from '#crm/jobs';
import { defineProjection, type Recorded } from '#crm/projection-runner';
import type { Transaction } from 'kysely';
import { auditedEventTypeSet, type AuditedEvent } from '../audit/audited-event-types.js';
import { automationsTables, type AutomationsTables } from './automations.tables.js';

type Active = { automationId: string; definition: AutomationDefinition };

/** The job that fires `automationId` for one trigger: its key is the outbox row's and the job's id. */
export const automationFiringKey = ({ automationId, triggerEventId }: { automationId: string; triggerEventId: string }): string =>
  `automation.${automationId}.${triggerEventId}`;

const isAutomationEvent = (event: Recorded<AuditedEvent>): event is Recorded<AutomationEvent> => event.type.startsWith('Automation');

/**
 * A reactor: automations as their events define them, their firings, and — for every event an
 * active automation is triggered by — one AutomationFire job in the outbox, due the delay after the
 * trigger was recorded, written with the checkpoint. Which automations are active is read in log
 * order, so a replay or a rebuild writes exactly the same jobs under the same keys; the worker's
 * ledger and the automation's own stream (one AutomationFired per trigger) make them act once.
 */
export const automationsProjection = defineProjection<AuditedEvent>()({
  name: 'automations',
  version: 1,
  handles: auditedEventTypeSet,
  tables: automationsTables,

  async applyBatch(trx, events) {
    const active = await activeAutomations(trx);
    const jobs: OutboxJob[] = [];
    for (const event of events) {
      if (isAutomationEvent(event)) await applyAutomationEvent(trx, event, active);
      else jobs.push(...firings(event, active));
    }
    await writeToJobOutbox(trx, jobs);
  },
});

async function activeAutomations(trx: Transaction<AutomationsTables>): Promise<Map<string, Active>> {
  const rows = await trx.selectFrom('automation').select(['automation_id', 'definition']).where('status', '=', 'active').execute();
  return new Map(rows.map((row) => [row.automation_id, { automationId: row.automation_id, definition: row.definition }]));
}

async function applyAutomationEvent(trx: Transaction<AutomationsTables>, event: Recorded<AutomationEvent>, active: Map<string, Active>): Promise<void> {
  switch (event.type) {
    case 'AutomationDefined': {
      const { automationId, version, occurredAt, name, trigger, delayMinutes, action, controlShare } = event.data;
      const definition: AutomationDefinition = { name, trigger, delayMinutes, action, controlShare };
      const row = await trx
        .insertInto('automation')
        .values({
          automation_id: automationId,
          name,
          version,
          status: 'active',
          definition: JSON.stringify(definition),
          defined_at: occurredAt,
          updated_at: occurredAt,
          active_since: occurredAt,
        })
        .onConflict((oc) => oc.column('automation_id').doUpdateSet({ name, version, definition: JSON.stringify(definition), updated_at: occurredAt }))
        .returning('status')
        .executeTakeFirstOrThrow();
      if (row.status === 'active') active.set(automationId, { automationId, definition });
      return;
    }
    case 'AutomationPaused':
    case 'AutomationResumed': {
      const status = event.type === 'AutomationPaused' ? 'paused' : 'active';
      const row = await trx
        .updateTable('automation')
        // Resumed: changes from now on trigger it, not those while it was paused.
        .set(
          status === 'active'
            ? { status, updated_at: event.data.occurredAt, active_since: event.data.occurredAt }
            : { status, updated_at: event.data.occurredAt },
        )
        .where('automation_id', '=', event.data.automationId)
        .returning('definition')
        .executeTakeFirst();
      if (status === 'paused') active.delete(event.data.automationId);
      else if (row) active.set(event.data.automationId, { automationId: event.data.automationId, definition: row.definition });
      return;
    }
    case 'AutomationFired': {
      const { automationId, triggerEventId, customerId, version, group, occurredAt } = event.data;
      await trx
        .insertInto('automation_firing')
        .values({ automation_id: automationId, trigger_event_id: triggerEventId, customer_id: customerId, version, group, fired_at: occurredAt })
        .onConflict((oc) => oc.columns(['automation_id', 'trigger_event_id']).doNothing())
        .execute();
      return;
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The customer an event is about, when it names one. */
export function eventCustomerId(data: object): string | null {
  const customerId = (data as { customerId?: unknown }).customerId;
  return typeof customerId === 'string' && UUID.test(customerId) ? customerId.toLowerCase() : null;
}

/** Whether an event of the log triggers an automation (of the kinds read from the log). */
export function triggers(definition: AutomationDefinition, event: { type: string; data: object }): boolean {
  return definition.trigger.kind === 'event' && definition.trigger.eventType === event.type && conditionsHold(event.data, definition.trigger.conditions);
}

function firings(event: Recorded<AuditedEvent>, active: Map<string, Active>): OutboxJob[] {
  const customerId = eventCustomerId(event.data);
  if (customerId === null) return [];
  return [...active.values()]
    .filter(({ definition }) => triggers(definition, event))
    .map(({ automationId, definition }) => ({
      key: automationFiringKey({ automationId, triggerEventId: event.id }),
      name: JobName.AutomationFire,
      payload: { automationId, triggerEventId: event.id, customerId },
      runAt: new Date(event.recordedAt.getTime() + definition.delayMinutes * 60_000),
    }));
}
