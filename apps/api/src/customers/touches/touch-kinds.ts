import type { Type } from '@nestjs/common';
import { isTouchType, touchKindRules, touchTypes, type TouchKindRule, type TouchType } from '#crm/domain';
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
import { ReturnDto } from './dto/return.dto.js';
import { ServiceUsageDto } from './dto/service-usage.dto.js';
import { SurveyDto } from './dto/survey.dto.js';
import { TaskCompletedDto } from './dto/task-completed.dto.js';
import { TaskRescheduledDto } from './dto/task-rescheduled.dto.js';
import { TaskScheduledDto } from './dto/task-scheduled.dto.js';
import type { TouchBaseDto } from './dto/touch-base.dto.js';
import { VisitDto } from './dto/visit.dto.js';

export type TouchKind = TouchKindRule & { dto: Type<TouchBaseDto> };

/** The request body of each touch `type` of POST /customers/:id/touches; the rest of each kind is the domain's. */
const touchDtos: Record<TouchType, Type<TouchBaseDto>> = {
  call: CallDto,
  visit: VisitDto,
  email: EmailDto,
  purchase: PurchaseDto,
  'purchase-cancelled': PurchaseCancelledDto,
  return: ReturnDto,
  complaint: ComplaintDto,
  'complaint-resolved': ComplaintResolvedDto,
  survey: SurveyDto,
  'promotion-sent': PromotionSentDto,
  'promotion-answered': PromotionAnsweredDto,
  'service-usage': ServiceUsageDto,
  note: NoteDto,
  'task-scheduled': TaskScheduledDto,
  'task-completed': TaskCompletedDto,
  'task-rescheduled': TaskRescheduledDto,
  lead: LeadDto,
};

/** The `type` of POST /customers/:id/touches, and what each selects. */
export const touchKinds = Object.fromEntries(touchTypes.map((type) => [type, { ...touchKindRules[type], dto: touchDtos[type] }])) as Record<
  TouchType,
  TouchKind
>;

export function touchKindOf(type: unknown): TouchKind | undefined {
  return isTouchType(type) ? touchKinds[type] : undefined;
}
