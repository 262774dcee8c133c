import { isTouchEvent, type TouchFacts } from '#crm/domain';
import type { TimelineEvent } from './timeline-summary.js';

/** A figure, a word from a closed list, an id, or the names of fields: never a personal value. */
export type TimelineFactValue = string | number | string[] | null;
export type TimelineFacts = Record<string, TimelineFactValue>;

/**
 * The fields an entry's sentence is made of, so a reader can word it in their own language (the
 * English `summary` stays for API users). The same fields as timelineSummary, outside `personal`;
 * the entry's channel and amount are columns of their own.
 */
export function touchEntryFacts(touch: TouchFacts): TimelineFacts {
  switch (touch.type) {
    case 'CallLogged':
      return { direction: touch.data.direction, durationSeconds: touch.data.durationSeconds, outcome: touch.data.outcome };
    case 'EmailLogged':
      return { direction: touch.data.direction };
    case 'PurchaseRecorded':
      return { lines: touch.data.lines.length };
    case 'PurchaseCancelled':
      return { orderId: touch.data.orderId };
    case 'ReturnRecorded':
      return { returnId: touch.data.returnId, orderId: touch.data.orderId };
    case 'ComplaintFiled':
      return { category: touch.data.category, severity: touch.data.severity };
    case 'SurveyAnswered':
      return { surveyId: touch.data.surveyId, score: touch.data.score };
    case 'PromotionSent':
      return { promotionId: touch.data.promotionId };
    case 'PromotionAnswered':
      return { promotionId: touch.data.promotionId, response: touch.data.response };
    case 'ServiceUsed':
      return { service: touch.data.service, quantity: touch.data.quantity };
    case 'TaskScheduled':
    case 'TaskRescheduled':
      return { dueAt: touch.data.dueAt };
    case 'LeadCaptured':
      return { form: touch.data.form, interest: touch.data.interest ?? null };
    case 'VisitRecorded':
    case 'ComplaintResolved':
    case 'NoteAdded':
    case 'TaskCompleted':
      return {};
  }
}

const fieldNames = (fields: Iterable<string>) => ({ fields: [...fields] });

export function timelineFacts(event: TimelineEvent): TimelineFacts {
  if (isTouchEvent(event)) return touchEntryFacts(event);
  switch (event.type) {
    case 'CustomerRegistered':
      return { kind: event.data.kind, source: event.data.source };
    case 'CustomerDetailsChanged': {
      const { customerId: _id, personal, ...others } = event.data;
      return fieldNames([...Object.keys(personal ?? {}), ...Object.keys(others)]);
    }
    case 'CustomerAttributesChanged':
      return fieldNames([...Object.keys(event.data.set), ...event.data.unset]);
    case 'CustomerOwnerAssigned':
      return { ownerId: event.data.ownerId };
    case 'ConsentGiven':
      return { channel: event.data.channel, legalBasis: event.data.legalBasis };
    case 'ConsentWithdrawn':
      return { channel: event.data.channel };
    case 'TouchVoided':
      return { touchType: event.data.voided.type };
    case 'TouchCorrected':
      return fieldNames(event.data.fields);
    case 'OpportunityOpened':
      return { stage: event.data.stage, expectedAmount: event.data.expectedAmount.amount, currency: event.data.expectedAmount.currency };
    case 'OpportunityStageChanged':
      return { from: event.data.from, to: event.data.to };
    case 'OpportunityUpdated':
      return fieldNames(Object.keys(event.data.changes));
    case 'CustomerErased':
    case 'CustomerMerged':
    case 'CustomerAbsorbed':
    case 'CustomerUnmerged':
    case 'CustomerRestored':
    case 'OpportunityWon':
    case 'OpportunityLost':
      return {};
  }
}
