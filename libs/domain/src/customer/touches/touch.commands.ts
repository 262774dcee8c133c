import type { Command } from '../../shared/decider.js';
import type { CallOutcome, ComplaintSeverity, Direction, PromotionResponse, PurchaseLine, TouchChannel, Utm } from './touch.events.js';

/** `occurredAt` defaults to the command's `metadata.now`; a past value back-fills history. */
export type TouchCommandBase = { customerId: string; channel: TouchChannel; occurredAt?: string };

type TouchCommandOf<Type extends string, Data extends object> = Command<Type, TouchCommandBase & Data>;

export type PurchaseLineInput = Omit<PurchaseLine, 'description'> & { description?: string | null };

export type LogCall = TouchCommandOf<'LogCall', { direction: Direction; durationSeconds: number; outcome: CallOutcome }>;
export type RecordVisit = TouchCommandOf<'RecordVisit', { place: string; attendees: string[]; purpose: string }>;
export type LogEmail = TouchCommandOf<'LogEmail', { direction: Direction; subject: string }>;
export type RecordPurchase = TouchCommandOf<
  'RecordPurchase',
  { orderId?: string | null; lines?: PurchaseLineInput[]; amount: number; cost?: number | null; currency: string }
>;
export type CancelPurchase = TouchCommandOf<'CancelPurchase', { orderId: string; lines?: PurchaseLineInput[]; amount: number; currency: string }>;
export type RecordReturn = TouchCommandOf<
  'RecordReturn',
  { returnId: string; orderId?: string | null; lines?: PurchaseLineInput[]; amount: number; currency: string }
>;
export type FileComplaint = TouchCommandOf<'FileComplaint', { complaintId: string; category: string; severity: ComplaintSeverity; description: string }>;
export type ResolveComplaint = TouchCommandOf<'ResolveComplaint', { complaintId: string; resolution: string }>;
export type RecordSurveyAnswer = TouchCommandOf<'RecordSurveyAnswer', { surveyId: string; score: number; comment?: string | null }>;
export type SendPromotion = TouchCommandOf<'SendPromotion', { campaignId: string; promotionId: string }>;
export type RecordPromotionAnswer = TouchCommandOf<'RecordPromotionAnswer', { campaignId: string; promotionId: string; response: PromotionResponse }>;
export type RecordServiceUse = TouchCommandOf<'RecordServiceUse', { service: string; quantity: number }>;
export type AddNote = TouchCommandOf<'AddNote', { text: string }>;
export type ScheduleTask = TouchCommandOf<'ScheduleTask', { taskId: string; title: string; dueAt: string; assigneeId?: string | null }>;
export type CompleteTask = TouchCommandOf<'CompleteTask', { taskId: string }>;
export type RescheduleTask = TouchCommandOf<'RescheduleTask', { taskId: string; dueAt: string }>;
export type CaptureLead = TouchCommandOf<'CaptureLead', { form: string; source: string; interest?: string | null; utm?: Partial<Utm> }>;

export type TouchCommand =
  | LogCall
  | RecordVisit
  | LogEmail
  | RecordPurchase
  | CancelPurchase
  | RecordReturn
  | FileComplaint
  | ResolveComplaint
  | RecordSurveyAnswer
  | SendPromotion
  | RecordPromotionAnswer
  | RecordServiceUse
  | AddNote
  | ScheduleTask
  | CompleteTask
  | RescheduleTask
  | CaptureLead;
