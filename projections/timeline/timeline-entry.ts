import { eventAmount, isTouchEvent, type Money } from '#crm/domain';
import type { RecordedEvent } from '#crm/event-store';
import type { Insertable } from 'kysely';
import { eventContext } from '../shared/recorded-event-context.js';
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

/** The timeline row of an event already brought to its current schema. */
export function timelineEntry(recorded: RecordedEvent, event: TimelineEvent): Insertable<TimelineEntryTable> {
  const context = eventContext(recorded);
  const amount = amountOf(event);
  return {
    event_id: recorded.id,
    customer_id: event.data.customerId,
    commit_position: recorded.position.commit,
    prepare_position: recorded.position.prepare,
    type: event.type,
    category: categoryOf(event),
    summary: timelineSummary(event),
    channel: context.channel,
    actor_id: context.actorId,
    actor_role: context.actorRole,
    amount: amount?.amount ?? null,
    currency: amount?.currency ?? null,
    occurred_at: context.occurredAt,
    recorded_at: recorded.recordedAt,
  };
}
