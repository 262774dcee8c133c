import { buildEventEnvelopes, type EventActor, type EventCodec } from '@crm/commands';
import { DomainError, customerDecider, opportunityDecider, staffDecider, type Decider, type DomainEvent } from '@crm/domain';
import { WrongExpectedRevisionError, type EventStore } from '@crm/event-store';
import type { ImportIds } from '../ids/import-ids.js';
import { RowProblem } from '../import.errors.js';
import type { Aggregate, PlannedCommand } from '../plan/planned-command.js';
import { indexOrder, type StreamView } from './stream-view.js';
import type { StreamViews } from './stream-views.js';

const deciders: Record<Aggregate, Decider<any, any, unknown>> = {
  customer: customerDecider,
  staff: staffDecider,
  opportunity: opportunityDecider,
};

// A writer outside the import (the app, another import) may append between our read and our append.
const MAX_ATTEMPTS = 3;

export type StreamWriteContext = {
  store: EventStore;
  codec: EventCodec;
  views: StreamViews;
  ids: ImportIds;
  now: Date;
  actor: EventActor;
  correlationId: string;
};

export type StreamOutcome = { appended: number; alreadyImported: number; refused: { lines: readonly number[]; reason: string }[] };

function decideAll(view: StreamView, commands: readonly PlannedCommand[], ids: ImportIds, outcome: StreamOutcome) {
  const decided: { event: DomainEvent; id: string }[] = [];
  for (const planned of commands) {
    const imported = (seed: string) => view.eventIds.has(ids.event(seed, 0));
    if (imported(planned.seed)) {
      if (!planned.restated) outcome.alreadyImported += 1;
      continue;
    }
    if (planned.unless !== undefined && imported(planned.unless)) continue;
    const decider = deciders[planned.aggregate];
    try {
      const command = planned.build(view);
      if (!command) continue;
      decider.decide(command, view.state).forEach((event: DomainEvent, index: number) => {
        const id = ids.event(planned.seed, index);
        view.state = decider.evolve(view.state, event);
        view.eventIds.add(id);
        indexOrder(view, event);
        decided.push({ event, id });
      });
    } catch (error) {
      if (!(error instanceof DomainError || error instanceof RowProblem)) throw error;
      outcome.refused.push({ lines: planned.lines, reason: error instanceof RowProblem ? error.message : refusal(error) });
    }
  }
  return decided;
}

/** The domain's reason without the ids it names, so rows refused for one rule group together. */
function refusal(error: DomainError): string {
  const rule = (error as { rule?: string }).rule;
  return rule ? `refused by the rule ${rule}` : error.message.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>');
}

/**
 * Decides one stream's commands of a batch in order, each against the state its predecessors left,
 * and appends all their events at once with the revision the decisions were made on.
 */
export async function applyToStream(streamName: string, commands: readonly PlannedCommand[], context: StreamWriteContext): Promise<StreamOutcome> {
  const decider = deciders[commands[0]!.aggregate];
  for (let attempt = 1; ; attempt++) {
    const outcome: StreamOutcome = { appended: 0, alreadyImported: 0, refused: [] };
    const view = await context.views.get(streamName, decider);
    const decided = decideAll(view, commands, context.ids, outcome);
    if (decided.length === 0) return outcome;
    try {
      const envelopes = await buildEventEnvelopes(
        decided.map(({ event }) => event),
        {
          streamName,
          firstRevision: (view.revision ?? -1n) + 1n,
          eventIds: decided.map(({ id }) => id),
          previousHash: view.lastHash,
          now: context.now,
          actor: context.actor,
          correlationId: context.correlationId,
        },
        context.codec,
      );
      const result = await context.store.appendToStream(streamName, envelopes, { expectedRevision: view.revision ?? 'no_stream' });
      view.revision = result.nextExpectedRevision;
      view.lastHash = envelopes.at(-1)!.metadata.hash;
      return { ...outcome, appended: decided.length };
    } catch (error) {
      context.views.forget(streamName);
      if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
