import { eventAmount, isTouchEvent, touchSummary, type Money, type TouchCorrected } from '#crm/domain';
import type { Recorded } from '#crm/projection-runner';
import type { Insertable, Updateable } from 'kysely';
import { eventContext } from '../shared/recorded-event-context.js';
import { timelineFacts, touchEntryFacts } from './timeline-facts.js';
import { timelineSummary, type TimelineEvent } from './timeline-summary.js';
import type { TimelineCategory, TimelineEntryTable } from './timeline.tables.js';

function categoryOf(event: TimelineEvent): TimelineCategory {
  if (isTouchEvent(event)) return 'touch';
  return event.type.startsWith('Opportunity') ? 'deal' : 'record';
}

function amountOf(event: TimelineEvent): Money | null {
  if (event.type === 'OpportunityWon') return { amount: event.data.amount, currency: event.data.currency };
  return eventAmount(event);
}

/** The changes a correction makes to the corrected touch's row: it reads as the touch now stands. */
export function correctedEntry({ data: { corrected } }: TouchCorrected): Updateable<TimelineEntryTable> {
  const amount = eventAmount(corrected);
  return {
    summary: touchSummary(corrected),
    facts: JSON.stringify(touchEntryFacts(corrected)),
    channel: corrected.data.channel,
    amount: amount?.amount ?? null,
    currency: amount?.currency ?? null,
    occurred_at: new Date(corrected.data.occurredAt),
    amendment: 'corrected',
  };
}

/** The timeline row of an event already brought to its current schema. */
export function timelineEntry(event: Recorded<TimelineEvent>): Insertable<TimelineEntryTable> {
  const context = eventContext(event);
  const amount = amountOf(event);
  return {
    event_id: event.id,
    customer_id: event.data.customerId,
    commit_position: event.position.commit,
    prepare_position: event.position.prepare,
    type: event.type,
    category: categoryOf(event),
    summary: timelineSummary(event),
    facts: JSON.stringify(timelineFacts(event)),
    channel: context.channel,
    actor_id: context.actorId,
    actor_role: context.actorRole,
    amount: amount?.amount ?? null,
    currency: amount?.currency ?? null,
    occurred_at: context.occurredAt,
    recorded_at: event.recordedAt,
    amendment: null,
  };
}
