import { nameBasedUuid } from '#crm/commands';
import { conditionsHold, DAY_MS, type AutomationDefinition, type AutomationTrigger, type ExposureOutcome, type FiringGroup } from '#crm/domain';
import type { ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { exposureOutcomes, type Exposure } from '../analytics/exposure-outcomes.queries.js';
import { lifecycleProjection } from '../lifecycle/lifecycle.projection.js';
import { segmentsProjection } from '../segments/segments.projection.js';
import { signalsOf } from '../signals/signals.queries.js';
import { unsettledDispatchedJobs, type OutboxJobRow } from '#crm/jobs';
import { automationsProjection } from './automations.projection.js';

export type AutomationView = {
  id: string;
  name: string;
  version: number;
  status: 'active' | 'paused';
  definedAt: string;
  updatedAt: string;
  firings: { treated: number; control: number };
} & Omit<AutomationDefinition, 'name'>;

export async function automationViews(db: Kysely<ReadDatabase>, automationId?: string): Promise<AutomationView[]> {
  const read = automationsProjection.read(db);
  const rows = await read
    .selectFrom('automation')
    .selectAll()
    .$if(automationId !== undefined, (qb) => qb.where('automation_id', '=', automationId!))
    .orderBy('defined_at', 'desc')
    .orderBy('automation_id')
    .execute();
  if (rows.length === 0) return [];
  const counts = await read
    .selectFrom('automation_firing')
    .select(['automation_id', 'group', (eb) => eb.fn.countAll<string>().as('n')])
    .where(
      'automation_id',
      'in',
      rows.map((row) => row.automation_id),
    )
    .groupBy(['automation_id', 'group'])
    .execute();
  const count = (id: string, group: FiringGroup) => Number(counts.find((row) => row.automation_id === id && row.group === group)?.n ?? 0);
  return rows.map(({ automation_id: id, name, version, status, definition, defined_at, updated_at }) => {
    const { name: _name, ...rest } = definition;
    return {
      id,
      name,
      version,
      status,
      ...rest,
      definedAt: defined_at.toISOString(),
      updatedAt: updated_at.toISOString(),
      firings: { treated: count(id, 'treated'), control: count(id, 'control') },
    };
  });
}

/**
 * Every firing of an automation whose window has closed by `now` (open windows would count
 * customers as not having responded yet), with what followed within `windowMs`.
 */
export async function firingOutcomes(db: Kysely<ReadDatabase>, automationId: string, windowMs: number, now: Date): Promise<(Exposure & ExposureOutcome)[]> {
  const firings = await automationsProjection
    .read(db)
    .selectFrom('automation_firing')
    .select(['customer_id', 'group', 'fired_at'])
    .where('automation_id', '=', automationId)
    .where('fired_at', '<=', new Date(now.getTime() - windowMs))
    .orderBy('fired_at')
    .execute();
  return exposureOutcomes(
    db,
    firings.map((firing) => ({ customerId: firing.customer_id, group: firing.group, at: firing.fired_at })),
    windowMs,
  );
}

/**
 * Dispatched AutomationFire jobs whose action is not settled yet, a page of the outbox at a time:
 * what must be in Redis for them to run (delayed ones included). One added again is harmless.
 */
export function unsettledAutomationFirings(
  db: Kysely<ReadDatabase>,
  page: { after: string | null; limit: number },
): Promise<{ jobs: OutboxJobRow[]; last: string | null }> {
  return unsettledDispatchedJobs(automationsProjection.read(db), page, async (jobs) => {
    const settled = await db
      .selectFrom('automation_action')
      .select('key')
      .where(
        'key',
        'in',
        jobs.map((job) => job.key),
      )
      .where('status', 'in', ['done', 'held-back', 'skipped', 'failed'])
      .execute();
    return new Set(settled.map((row) => row.key));
  });
}

/** A change of a read model that triggers automations: its stable trigger id, the customer and when. */
export type TriggerChange = { triggerId: string; customerId: string; at: Date };

export type ChangeTrigger = Extract<AutomationTrigger, { kind: 'segment' | 'lifecycle' | 'signal' }>;

/** The trigger id of a segment or lifecycle change: a UUID named by the change's key, so the same change is the same trigger however often it is seen. */
const changeTriggerId = (key: string): string => nameBasedUuid(`crm:automation-change\n${key}`);

/** Signals are computed for every customer at once; a sweep takes them all (GET /signals caps each type far lower). */
const SWEEP_SIGNAL_LIMIT = 100_000;

/**
 * The occurrences of a signal holding at `at` whose facts meet the trigger's conditions, each
 * under its occurrence id (the trigger id), dated `at`: when the sweep saw it.
 */
async function signalTriggers(db: Kysely<ReadDatabase>, trigger: Extract<ChangeTrigger, { kind: 'signal' }>, at: Date): Promise<TriggerChange[]> {
  const signals = await signalsOf(db, { now: at, type: trigger.signalType, limit: SWEEP_SIGNAL_LIMIT });
  return signals
    .filter((signal) => conditionsHold(signal.facts, trigger.conditions))
    .map((signal) => ({ triggerId: signal.id, customerId: signal.customerId, at }));
}

/**
 * The signal occurrences a sweep would have seen over [from, to), looked for at the end of each
 * day (and at `to`): one an hour long between two day ends is missed, the price of not computing
 * the signals every minute of the past. Each occurrence once, on the first day it was seen.
 */
export async function signalTriggerHistory(
  db: Kysely<ReadDatabase>,
  trigger: Extract<ChangeTrigger, { kind: 'signal' }>,
  from: Date,
  to: Date,
): Promise<TriggerChange[]> {
  const seen = new Map<string, TriggerChange>();
  const instants: Date[] = [];
  for (let at = from.getTime() + DAY_MS; at < to.getTime(); at += DAY_MS) instants.push(new Date(at));
  for (const at of [...instants, to])
    for (const change of await signalTriggers(db, trigger, at)) if (!seen.has(change.triggerId)) seen.set(change.triggerId, change);
  return [...seen.values()];
}

/**
 * Segment entries or exits and lifecycle transitions in [from, to), from those projections' own
 * histories; signals holding at `to` (they have no history: see signalTriggerHistory). A change
 * keeps its trigger id through rebuilds: a transition is its customer's n-th, a stay in a segment
 * is keyed by its entry (or exit) instant, a signal by its occurrence.
 */
export async function triggerChanges(db: Kysely<ReadDatabase>, trigger: ChangeTrigger, from: Date, to: Date): Promise<TriggerChange[]> {
  if (trigger.kind === 'signal') return signalTriggers(db, trigger, to);
  if (trigger.kind === 'lifecycle') {
    const rows = await lifecycleProjection
      .read(db)
      .selectFrom('lifecycle_transition')
      .select(['customer_id', 'seq', 'at'])
      .where('to_stage', '=', trigger.to)
      .$if(trigger.from !== null, (qb) => qb.where('from_stage', '=', trigger.from!))
      .where('at', '>=', from)
      .where('at', '<', to)
      .orderBy('at')
      .execute();
    return rows.map((row) => ({ triggerId: changeTriggerId(`lifecycle\n${row.customer_id}\n${row.seq}`), customerId: row.customer_id, at: row.at }));
  }
  const column = trigger.on === 'enter' ? 'entered_at' : 'left_at';
  const rows = await segmentsProjection
    .read(db)
    .selectFrom('segment_membership')
    .select(['customer_id', 'entered_at', 'left_at'])
    .where('segment_id', '=', trigger.segmentId)
    .where(column, '>=', from)
    .where(column, '<', to)
    .orderBy(column)
    .execute();
  return rows.map((row) => {
    const at = trigger.on === 'enter' ? row.entered_at : row.left_at!;
    return {
      triggerId: changeTriggerId(`segment-${trigger.on}\n${trigger.segmentId}\n${row.customer_id}\n${at.toISOString()}`),
      customerId: row.customer_id,
      at,
    };
  });
}

/** Active automations triggered by read-model changes, with the instant each became active. */
export async function changeTriggeredAutomations(
  db: Kysely<ReadDatabase>,
): Promise<{ automationId: string; definition: AutomationDefinition & { trigger: ChangeTrigger }; activeSince: Date }[]> {
  const rows = await automationsProjection
    .read(db)
    .selectFrom('automation')
    .select(['automation_id', 'definition', 'active_since'])
    .where('status', '=', 'active')
    .execute();
  return rows
    .filter((row) => row.definition.trigger.kind !== 'event')
    .map((row) => ({
      automationId: row.automation_id,
      definition: row.definition as AutomationDefinition & { trigger: ChangeTrigger },
      activeSince: row.active_since,
    }));
}

/** What an automation's in-app notifications say: the message of its notify action, by automation. */
export async function automationMessages(db: Kysely<ReadDatabase>, automationIds: string[]): Promise<Map<string, string>> {
  if (automationIds.length === 0) return new Map();
  const rows = await automationsProjection
    .read(db)
    .selectFrom('automation')
    .select(['automation_id', 'definition'])
    .where('automation_id', 'in', automationIds)
    .execute();
  return new Map(rows.flatMap((row) => (row.definition.action.kind === 'notify' ? [[row.automation_id, row.definition.action.message] as const] : [])));
}
