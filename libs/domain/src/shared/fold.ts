/** An event as the log returned it: the pipeline has upcast it to the latest schema. */
export type RecordedDomainEvent = { type: string; data: object; recordedAt: Date };

/**
 * State as the CRM knew it at `asOf`: the events recorded up to that instant, folded in log order.
 * Recorded time, not business time, because a back-filled event (occurredAt last year, recorded
 * today) was unknown to the CRM last year; filtering by occurredAt would rewrite the past.
 */
export function stateAsOf<S, E>(
  fold: { initialState: S; evolve(state: S, event: E): S },
  events: Iterable<RecordedDomainEvent>,
  asOf?: Date,
): S {
  let state = fold.initialState;
  for (const event of events) {
    if (asOf && event.recordedAt.getTime() > asOf.getTime()) continue;
    // evolve ignores types it does not know, so any stream's events can be folded.
    state = fold.evolve(state, event as E);
  }
  return state;
}
