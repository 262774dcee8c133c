import { formatMoney } from '../../shared/money.js';
import type { TouchFacts } from '../corrections/correction.events.js';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function duration(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/**
 * One line for the timeline, built only from fields outside `personal`: it stays true after
 * erasure and can be shown to anyone allowed to see that a touch happened.
 */
export function touchSummary(event: TouchFacts): string {
  switch (event.type) {
    case 'CallLogged':
      return `${capitalized(event.data.direction)} call, ${duration(event.data.durationSeconds)}, ${event.data.outcome}`;
    case 'VisitRecorded':
      return `Visit (${event.data.channel})`;
    case 'EmailLogged':
      return `${capitalized(event.data.direction)} email`;
    case 'PurchaseRecorded': {
      const lines = event.data.lines.length > 0 ? `, ${plural(event.data.lines.length, 'line')}` : '';
      return `Purchase ${formatMoney(event.data)}${lines}`;
    }
    case 'PurchaseCancelled':
      return `Cancellation of order ${event.data.orderId}, ${formatMoney(event.data)}`;
    case 'ReturnRecorded':
      return `Return ${event.data.returnId}${event.data.orderId === null ? '' : ` of order ${event.data.orderId}`}, ${formatMoney(event.data)}`;
    case 'ComplaintFiled':
      return `Complaint filed: ${event.data.category}, ${event.data.severity} severity`;
    case 'ComplaintResolved':
      return 'Complaint resolved';
    case 'SurveyAnswered':
      return `Survey ${event.data.surveyId} answered, score ${event.data.score}/10`;
    case 'PromotionSent':
      return `Promotion ${event.data.promotionId} sent by ${event.data.channel}`;
    case 'PromotionAnswered':
      return `Promotion ${event.data.promotionId} ${event.data.response}`;
    case 'ServiceUsed':
      return `Service used: ${event.data.service} × ${event.data.quantity}`;
    case 'NoteAdded':
      return 'Note added';
    case 'TaskScheduled':
      return `Task scheduled, due ${event.data.dueAt.slice(0, 10)}`;
    case 'TaskCompleted':
      return 'Task completed';
    case 'TaskRescheduled':
      return `Task rescheduled, due ${event.data.dueAt.slice(0, 10)}`;
    case 'LeadCaptured':
      return `Lead captured from ${event.data.form}${event.data.interest ? `, interested in ${event.data.interest}` : ''}`;
  }
}
