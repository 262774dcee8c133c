import type { Type } from '@nestjs/common';
import type { TouchChannel, TouchCommand } from '@crm/domain';
import { CallDto } from './dto/call.dto.js';
import { ComplaintResolvedDto } from './dto/complaint-resolved.dto.js';
import { ComplaintDto } from './dto/complaint.dto.js';
import { EmailDto } from './dto/email.dto.js';
import { LeadDto } from './dto/lead.dto.js';
import { NoteDto } from './dto/note.dto.js';
import { PromotionAnsweredDto } from './dto/promotion-answered.dto.js';
import { PromotionSentDto } from './dto/promotion-sent.dto.js';
import { PurchaseCancelledDto } from './dto/purchase-cancelled.dto.js';
import { PurchaseDto } from './dto/purchase.dto.js';
import { ServiceUsageDto } from './dto/service-usage.dto.js';
import { SurveyDto } from './dto/survey.dto.js';
import { TaskCompletedDto } from './dto/task-completed.dto.js';
import { TaskScheduledDto } from './dto/task-scheduled.dto.js';
import type { TouchBaseDto } from './dto/touch-base.dto.js';
import { VisitDto } from './dto/visit.dto.js';

export type TouchKind = {
  dto: Type<TouchBaseDto>;
  command: TouchCommand['type'];
  /** The usual channel of this touch; none where the channel decides a rule (consent for promotions). */
  defaultChannel?: TouchChannel;
  /** The field naming a record later touches refer to; when not given, the touch's event id names it. */
  idField?: 'complaintId' | 'taskId';
};

/** The `type` of POST /customers/:id/touches, and what each selects. */
export const touchKinds = {
  call: { dto: CallDto, command: 'LogCall', defaultChannel: 'phone' },
  visit: { dto: VisitDto, command: 'RecordVisit', defaultChannel: 'meeting' },
  email: { dto: EmailDto, command: 'LogEmail', defaultChannel: 'email' },
  purchase: { dto: PurchaseDto, command: 'RecordPurchase', defaultChannel: 'store' },
  'purchase-cancelled': { dto: PurchaseCancelledDto, command: 'CancelPurchase', defaultChannel: 'store' },
  complaint: { dto: ComplaintDto, command: 'FileComplaint', defaultChannel: 'other', idField: 'complaintId' },
  'complaint-resolved': { dto: ComplaintResolvedDto, command: 'ResolveComplaint', defaultChannel: 'other' },
  survey: { dto: SurveyDto, command: 'RecordSurveyAnswer', defaultChannel: 'web' },
  'promotion-sent': { dto: PromotionSentDto, command: 'SendPromotion' },
  'promotion-answered': { dto: PromotionAnsweredDto, command: 'RecordPromotionAnswer' },
  'service-usage': { dto: ServiceUsageDto, command: 'RecordServiceUse', defaultChannel: 'other' },
  note: { dto: NoteDto, command: 'AddNote', defaultChannel: 'internal' },
  'task-scheduled': { dto: TaskScheduledDto, command: 'ScheduleTask', defaultChannel: 'internal', idField: 'taskId' },
  'task-completed': { dto: TaskCompletedDto, command: 'CompleteTask', defaultChannel: 'internal' },
  lead: { dto: LeadDto, command: 'CaptureLead', defaultChannel: 'web' },
} satisfies Record<string, TouchKind>;

export type TouchType = keyof typeof touchKinds;

export const touchTypes = Object.keys(touchKinds) as TouchType[];

export function touchKindOf(type: unknown): TouchKind | undefined {
  return typeof type === 'string' && Object.hasOwn(touchKinds, type) ? touchKinds[type as TouchType] : undefined;
}
