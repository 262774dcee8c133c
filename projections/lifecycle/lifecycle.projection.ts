import { applyLifecycleEvent, defaultLifecycleRules, lifecycleEventTypes, type LifecycleEvent, type LifecycleRules } from '#crm/domain';
import type { Projection } from '#crm/projection-runner';
import { sql, type Kysely } from 'kysely';
import { currentLifecycle, keepStep, startChanges } from './lifecycle-changes.js';
import { loadLifecycles, saveLifecycles } from './lifecycle-store.js';

/**
 * Each customer's stage and grade (docs/lifecycle.md) and its transition history. An event is
 * judged when it was recorded, after the lapses due before then, so the tables depend only on the
 * log and on when sweepLifecycleLapses last ran. Changing `rules` changes the model: bump `version`.
 */
export function createLifecycleProjection(rules: LifecycleRules): Projection {
  return {
    name: 'lifecycle',
    version: 1,
    eventTypes: [...lifecycleEventTypes],

    async createSchema(db: Kysely<any>, schema: string) {
      await db.schema
        .withSchema(schema)
        .createTable('customer_lifecycle')
        .addColumn('customer_id', 'uuid', (col) => col.primaryKey())
        .addColumn('stage', 'text', (col) => col.notNull())
        .addColumn('grade', 'text')
        .addColumn('since', 'timestamptz', (col) => col.notNull())
        .addColumn('evaluated_at', 'timestamptz', (col) => col.notNull())
        .addColumn('next_change_at', 'timestamptz')
        .addColumn('facts', 'jsonb', (col) => col.notNull())
        .addColumn('transitions', 'integer', (col) => col.notNull())
        .execute();
      await db.schema
        .withSchema(schema)
        .createTable('lifecycle_transition')
        .addColumn('customer_id', 'uuid', (col) => col.notNull())
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('from_stage', 'text')
        .addColumn('from_grade', 'text')
        .addColumn('to_stage', 'text', (col) => col.notNull())
        .addColumn('to_grade', 'text')
        .addColumn('cause', 'text', (col) => col.notNull())
        .addColumn('event_id', 'text')
        .addColumn('at', 'timestamptz', (col) => col.notNull())
        .addPrimaryKeyConstraint('lifecycle_transition_pk', ['customer_id', 'seq'])
        .execute();
      const table = (name: string) => sql.table(`${schema}.${name}`);
      await sql`create index customer_lifecycle_due on ${table('customer_lifecycle')} (next_change_at) where next_change_at is not null`.execute(db);
      await sql`create index customer_lifecycle_stage on ${table('customer_lifecycle')} (stage)`.execute(db);
      await sql`create index lifecycle_transition_at on ${table('lifecycle_transition')} (at)`.execute(db);
    },

    async applyBatch(trx, events, { schema }) {
      // Decoded and upcast by the runner's decoder.
      const learnt = events.map((recorded) => {
        const event = recorded as unknown as LifecycleEvent;
        return { customerId: event.data.customerId, eventId: recorded.id, recordedAt: recorded.recordedAt.getTime(), event };
      });
      const changes = startChanges(await loadLifecycles(trx, schema, [...new Set(learnt.map((each) => each.customerId))]));
      for (const { customerId, ...event } of learnt) {
        keepStep(changes, customerId, applyLifecycleEvent(currentLifecycle(changes, customerId), event, rules));
      }
      await saveLifecycles(trx, schema, changes, rules);
    },
  };
}

export const lifecycleProjection = createLifecycleProjection(defaultLifecycleRules);
