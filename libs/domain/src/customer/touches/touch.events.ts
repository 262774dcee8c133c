/**
 * Touches: every contact with a customer, on the customer's stream. Each carries `occurredAt`
 * (business time, UTC ISO) and the `channel` it went through. Personal data — free text about the
 * person, attendees, places — lives in `data.personal` (see shared/personal-data.ts).
 */
import type { DomainEvent } from '../../shared/decider.js';
import type { WithPersonal } from '../../shared/personal-data.js';

export const touchChannels = ['phone', 'email', 'sms', 'post', 'web', 'store', 'meeting', 'internal', 'social', 'other'] as const;
export type TouchChannel = (typeof touchChannels)[number];

export const directions = ['inbound', 'outbound'] as const;
export type Direction = (typeof directions)[number];

export const callOutcomes = ['reached', 'voicemail', 'no-answer', 'busy', 'wrong-number'] as const;
export type CallOutcome = (typeof callOutcomes)[number];

export const complaintSeverities = ['low', 'medium', 'high', 'critical'] as const;
export type ComplaintSeverity = (typeof complaintSeverities)[number];

/** A closed list so campaign analytics can count responses without reading free text. */
export const promotionResponses = ['opened', 'clicked', 'accepted', 'declined'] as const;
export type PromotionResponse = (typeof promotionResponses)[number];

export type TouchBase = { customerId: string; occurredAt: string; channel: TouchChannel };

type Touch<Type extends string, Data extends object> = DomainEvent<Type, TouchBase & Data>;

export type CallLogged = Touch<'CallLogged', { direction: Direction; durationSeconds: number; outcome: CallOutcome }>;

export type VisitRecorded = Touch<'VisitRecorded', WithPersonal<{ place: string; attendees: string[]; purpose: string }>>;

export type EmailLogged = Touch<'EmailLogged', { direction: Direction } & WithPersonal<{ subject: string }>>;

/**
 * Quantity may be negative (a line taken back within the purchase); prices are minor units, with up
 * to UNIT_PRICE_DECIMALS decimals of the major unit (shared/money.ts), so 0.1 pence is 0.1.
 */
export type PurchaseLine = { sku: string; description: string | null; quantity: number; unitPrice: number };

/** `amount` equals the sum of the lines' amounts (lineAmount) when lines are given; `cost` feeds profitability. */
export type PurchaseRecorded = Touch<
  'PurchaseRecorded',
  { orderId: string | null; lines: PurchaseLine[]; amount: number; cost: number | null; currency: string }
>;

export type PurchaseCancelled = Touch<'PurchaseCancelled', { orderId: string; lines: PurchaseLine[]; amount: number; currency: string }>;

/**
 * Goods returned or a credit granted (a credit note), against an order recorded here when it is
 * known (`orderId`), otherwise standing alone. `amount` is what is given back, positive.
 */
export type ReturnRecorded = Touch<'ReturnRecorded', { returnId: string; orderId: string | null; lines: PurchaseLine[]; amount: number; currency: string }>;

export type ComplaintFiled = Touch<
  'ComplaintFiled',
  { complaintId: string; category: string; severity: ComplaintSeverity } & WithPersonal<{ description: string }>
>;

export type ComplaintResolved = Touch<'ComplaintResolved', { complaintId: string } & WithPersonal<{ resolution: string }>>;

export type SurveyAnswered = Touch<'SurveyAnswered', { surveyId: string; score: number } & WithPersonal<{ comment: string | null }>>;

export type PromotionSent = Touch<'PromotionSent', { campaignId: string; promotionId: string }>;

export type PromotionAnswered = Touch<'PromotionAnswered', { campaignId: string; promotionId: string; response: PromotionResponse }>;

export type ServiceUsed = Touch<'ServiceUsed', { service: string; quantity: number }>;

export type NoteAdded = Touch<'NoteAdded', WithPersonal<{ text: string }>>;

export type TaskScheduled = Touch<'TaskScheduled', { taskId: string; dueAt: string; assigneeId: string | null } & WithPersonal<{ title: string }>>;

export type TaskCompleted = Touch<'TaskCompleted', { taskId: string }>;

/** `previousDueAt` keeps the reminder that was planned readable without folding the stream. */
export type TaskRescheduled = Touch<'TaskRescheduled', { taskId: string; dueAt: string; previousDueAt: string }>;

export type Utm = {
  source: string | null;
  medium: string | null;
  campaign: string | null;
  term: string | null;
  content: string | null;
};

export type LeadCaptured = Touch<'LeadCaptured', { form: string; source: string; interest: string | null; utm: Utm }>;

export type TouchEvent =
  | CallLogged
  | VisitRecorded
  | EmailLogged
  | PurchaseRecorded
  | PurchaseCancelled
  | ReturnRecorded
  | ComplaintFiled
  | ComplaintResolved
  | SurveyAnswered
  | PromotionSent
  | PromotionAnswered
  | ServiceUsed
  | NoteAdded
  | TaskScheduled
  | TaskCompleted
  | TaskRescheduled
  | LeadCaptured;

export type TouchEventType = TouchEvent['type'];

// A record keyed by every type makes the compiler refuse a list that forgets one.
const touchTypeSet: Record<TouchEventType, true> = {
  CallLogged: true,
  VisitRecorded: true,
  EmailLogged: true,
  PurchaseRecorded: true,
  PurchaseCancelled: true,
  ReturnRecorded: true,
  ComplaintFiled: true,
  ComplaintResolved: true,
  SurveyAnswered: true,
  PromotionSent: true,
  PromotionAnswered: true,
  ServiceUsed: true,
  NoteAdded: true,
  TaskScheduled: true,
  TaskCompleted: true,
  TaskRescheduled: true,
  LeadCaptured: true,
};

export const touchEventTypes = Object.keys(touchTypeSet) as TouchEventType[];

export function isTouchEvent(event: { type: string }): event is TouchEvent {
  return Object.hasOwn(touchTypeSet, event.type);
}
