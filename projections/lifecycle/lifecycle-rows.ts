import { LAPSE, nextLapseAt, type CustomerLifecycle, type LifecyclePosition, type LifecycleRules, type LifecycleTransition } from '#crm/domain';
import type { Insertable, Selectable } from 'kysely';
import type { CustomerLifecycleTable, LifecycleTransitionTable } from './lifecycle.tables.js';

/** A customer's lifecycle as loaded for a batch, with the number of transitions it already has. */
export interface LoadedLifecycle {
  lifecycle: CustomerLifecycle;
  transitions: number;
}

export function fromRow(row: Selectable<CustomerLifecycleTable>): LoadedLifecycle {
  return {
    lifecycle: {
      position: { stage: row.stage, grade: row.grade } as LifecyclePosition,
      since: row.since.getTime(),
      evaluatedAt: row.evaluated_at.getTime(),
      facts: row.facts,
    },
    transitions: row.transitions,
  };
}

export function toRow(customerId: string, loaded: LoadedLifecycle, rules: LifecycleRules): Insertable<CustomerLifecycleTable> {
  const { position, since, evaluatedAt, facts } = loaded.lifecycle;
  const next = nextLapseAt(loaded.lifecycle, rules);
  return {
    customer_id: customerId,
    stage: position!.stage,
    grade: position!.grade,
    since: new Date(since!),
    evaluated_at: new Date(evaluatedAt!),
    next_change_at: next === null ? null : new Date(next),
    facts: JSON.stringify(facts),
    transitions: loaded.transitions,
  };
}

export function transitionRow(customerId: string, seq: number, transition: LifecycleTransition): Insertable<LifecycleTransitionTable> {
  const lapse = transition.cause === LAPSE;
  return {
    customer_id: customerId,
    seq,
    from_stage: transition.from?.stage ?? null,
    from_grade: transition.from?.grade ?? null,
    to_stage: transition.to.stage,
    to_grade: transition.to.grade,
    cause: lapse ? 'lapse' : 'event',
    event_id: lapse ? null : transition.cause,
    at: new Date(transition.at),
  };
}
