import { buildEventEnvelopes, type EventActor, type EventCodec } from '#crm/commands';
import { DomainError, anyDecider, customerDecider, opportunityDecider, staffDecider, type AnyDecider, type DomainEvent } from '#crm/domain';
import type { EventStore, StreamAppend } from '#crm/event-store';
import type { ImportIds } from '../ids/import-ids.js';
import { RowProblem } from '../import.errors.js';
import type { Aggregate, PlannedCommand } from '../plan/planned-command.js';
import { indexOrder, type StreamView } from './stream-view.js';
import type { StreamViews } from './stream-views.js';

const deciders: Record<Aggregate, AnyDecider> = {
  customer: anyDecider(customerDecider),
  staff: anyDecider(staffDecider),
  opportunity: anyDecider(opportunityDecider),
};

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

/** A stream's share of a batch: what it adds to the summary, and its append (null: nothing new). */
export type DecidedStream = { outcome: StreamOutcome; append: StreamAppend | null };

/** The ids of the events of an append the log refused: some may have landed before the refusal. */
export type RefusedAppend = ReadonlySet<string>;

const nothingRefused: RefusedAppend = new Set();

/** How many of the fact's events, from its first, this import sent in the refused append. */
function sentBefore(seed: string, ids: ImportIds, refused: RefusedAppend): number {
  let count = 0;
  while (refused.has(ids.event(seed, count))) count += 1;
  return count;
}

function decideAll(view: StreamView, commands: readonly PlannedCommand[], ids: ImportIds, outcome: StreamOutcome, refused: RefusedAppend) {
  const decided: { event: DomainEvent; id: string }[] = [];
  // rows restate a fact (the customer each names): its landed events count once
  const landedSeeds = new Set<string>();
  for (const planned of commands) {
    const imported = (seed: string) => view.eventIds.has(ids.event(seed, 0));
    if (imported(planned.seed)) {
      // A bulk append commits its streams in groups: those of a group before the refused one are
      // in the log, written by this import, not found there.
      // (without a refusal, as in every re-import, no id is derived again for it)
      const landed = refused.size === 0 || landedSeeds.has(planned.seed) ? 0 : sentBefore(planned.seed, ids, refused);
      if (landed > 0) {
        landedSeeds.add(planned.seed);
        outcome.appended += landed;
      } else if (!planned.restated) outcome.alreadyImported += 1;
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
 * and envelopes their events after the revision the decisions were made on. The view moves on as if
 * the append had landed; whoever appends forgets the view when it does not.
 */
export async function decideStream(
  streamName: string,
  commands: readonly PlannedCommand[],
  context: StreamWriteContext,
  refused: RefusedAppend = nothingRefused,
): Promise<DecidedStream> {
  const view = await context.views.get(streamName, deciders[commands[0]!.aggregate]);
  const outcome: StreamOutcome = { appended: 0, alreadyImported: 0, refused: [] };
  const decided = decideAll(view, commands, context.ids, outcome, refused);
  if (decided.length === 0) return { outcome, append: null };
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
  const append: StreamAppend = { streamName, events: envelopes, expectedRevision: view.revision ?? 'no_stream' };
  view.revision = (view.revision ?? -1n) + BigInt(envelopes.length);
  view.lastHash = envelopes.at(-1)!.metadata.hash;
  return { outcome: { ...outcome, appended: outcome.appended + decided.length }, append };
}
