import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { MAX_CONTROL_SHARE } from '#crm/domain';
import { ComparisonDto, GroupSizesDto, MeanComparisonDto } from './uplift.dto.js';

const TRIGGER = {
  type: 'object',
  description:
    'What starts it. `{kind: "event", eventType, conditions: [{field, op, value}]}`: an event of the log about a customer (op: eq, neq, gt, gte, lt, lte, exists; field: a dotted path in the event data); `{kind: "segment", segmentId, on: "enter"|"exit"}`; `{kind: "lifecycle", to, from?}`: a transition to a stage (from one, or from any); `{kind: "signal", signalType, conditions}`: a signal occurs (GET /signals), conditions on its facts',
  additionalProperties: true,
  example: { kind: 'event', eventType: 'PurchaseRecorded', conditions: [{ field: 'amount', op: 'gte', value: 10000 }] },
} as const;

const ACTION = {
  type: 'object',
  description:
    'What it does for the customer: `{kind: "task", title, dueInMinutes}` for the owner; `{kind: "notify", message}` in-app to the owner; `{kind: "message", channel: email|sms, subject, body}` (consent, quiet hours and marketing pressure respected); `{kind: "webhook", url}`',
  additionalProperties: true,
  example: { kind: 'task', title: 'Call to thank for the order', dueInMinutes: 1440 },
} as const;

/** The domain checks the trigger and the action field by field (400 naming the field); here only their shape as objects. */
export class AutomationDefinitionDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  name: string;

  @ApiProperty(TRIGGER)
  @IsObject()
  trigger: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0, description: 'Minutes after the trigger was recorded' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  delayMinutes?: number;

  @ApiProperty(ACTION)
  @IsObject()
  action: Record<string, unknown>;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_CONTROL_SHARE,
    default: 0,
    description: 'Share of customers held back as the control group (hash of automation and customer id)',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(MAX_CONTROL_SHARE)
  controlShare?: number;
}

export class AutomationIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}

class FiringCountsDto {
  @ApiProperty() treated: number;
  @ApiProperty() control: number;
}

export class AutomationViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'The definition’s version: each PUT that changes it adds one' }) version: number;
  @ApiProperty({ enum: ['active', 'paused'] }) status: string;
  @ApiProperty(TRIGGER) trigger: Record<string, unknown>;
  @ApiProperty() delayMinutes: number;
  @ApiProperty(ACTION) action: Record<string, unknown>;
  @ApiProperty() controlShare: number;
  @ApiProperty({ format: 'date-time' }) definedAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: FiringCountsDto }) firings: FiringCountsDto;
}

export class AutomationListDto {
  @ApiProperty({ type: [AutomationViewDto] }) items: AutomationViewDto[];
}

export class AutomationWrittenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The automation stream’s revision after the write' }) revision: number | null;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'The events written (none when nothing changed)' })
  events: object[];
}

export class AutomationPreviewDto {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ description: 'Triggers in the window: how often it would have fired' }) firings: number;
  @ApiProperty({ description: 'Distinct customers among them' }) customers: number;
  @ApiProperty({ type: 'number', description: 'Firings per day on average' }) perDay: number;
  @ApiProperty({ description: 'Of those, customers the control share would hold back (for a saved automation; an estimate otherwise)' }) control: number;
}

export class AutomationResultsDto {
  @ApiProperty({ format: 'uuid' }) automationId: string;
  @ApiProperty() windowDays: number;
  @ApiProperty({ type: GroupSizesDto, description: 'Firings whose window has closed, per group' }) firings: GroupSizesDto;
  @ApiProperty({
    type: ComparisonDto,
    description: 'Share that bought or answered a promotion in the window (difference of proportions, normal approximation)',
  })
  response: ComparisonDto;
  @ApiProperty({ type: ComparisonDto, description: 'Share that bought in the window' }) purchases: ComparisonDto;
  @ApiProperty({ type: MeanComparisonDto, description: 'Net revenue per firing in minor currency units (Welch’s t interval)' }) revenue: MeanComparisonDto;
  @ApiProperty({ example: 'difference of proportions, normal approximation (Wald); revenue: Welch t' }) method: string;
}
