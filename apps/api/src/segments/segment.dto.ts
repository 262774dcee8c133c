import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ValidAtQueryDto } from '../time-travel/valid-at-query.dto.js';

export class DefineSegmentDto {
  @ApiProperty({ example: 'British repeat buyers' })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(0, 2000, { message: 'must be at most 2000 characters' })
  description?: string;

  @ApiProperty({
    description: 'all / any / not over conditions { fact, op, value, key?, days?, currency? }: see docs/segments.md',
    example: {
      all: [
        { fact: 'attribute', key: 'country', op: 'eq', value: 'GB' },
        { fact: 'purchases', days: 90, op: 'gte', value: 2 },
      ],
    },
  })
  @IsDefined({ message: 'must be a rule: all, any, not or a condition' })
  rule: unknown;
}

export class IdParams {
  @ApiProperty({ format: 'uuid', example: '7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}

export class MembersQueryDto extends ValidAtQueryDto {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number from 1 to 1000' })
  @Min(1, { message: 'must be a whole number from 1 to 1000' })
  @Max(1000, { message: 'must be a whole number from 1 to 1000' })
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}

// The answers (OpenAPI); the values come from SegmentsService.

export class SegmentViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'British repeat buyers' })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The rule as defined: see docs/segments.md',
    example: { all: [{ fact: 'attribute', key: 'country', op: 'eq', value: 'GB' }] },
  })
  rule: unknown;

  @ApiProperty({ description: 'Whether time alone moves customers in or out (a rule over the last N days)' })
  timeRelative: boolean;

  @ApiProperty({ format: 'date-time' })
  definedAt: string;

  @ApiProperty({ description: 'Current members', example: 42 })
  members: number;
}

export class SegmentListDto {
  @ApiProperty({ type: [SegmentViewDto] })
  segments: SegmentViewDto[];
}

class SegmentMemberDto {
  @ApiProperty({ format: 'uuid' })
  customerId: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the customer entered; absent from answers at validAt, which evaluate the rule at that instant only' })
  enteredAt?: string;
}

export class SegmentMembersPageDto {
  @ApiProperty({ type: [SegmentMemberDto], description: 'In order of entry; at validAt, in order of customer id' })
  members: SegmentMemberDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page; null on the last' })
  next: string | null;
}

class SegmentStayDto {
  @ApiProperty({ format: 'uuid' })
  segmentId: string;

  @ApiProperty({ example: 'British repeat buyers' })
  name: string;

  @ApiProperty({ format: 'date-time' })
  enteredAt: string;
}

class SegmentAtDto {
  @ApiProperty({ format: 'uuid' })
  segmentId: string;

  @ApiProperty({ example: 'British repeat buyers' })
  name: string;
}

class PastSegmentStayDto extends SegmentStayDto {
  @ApiProperty({ format: 'date-time' })
  leftAt: string;
}

export class CustomerSegmentsDto {
  @ApiProperty({ type: [SegmentStayDto], description: 'The segments the customer is in now' })
  current: SegmentStayDto[];

  @ApiProperty({ type: [PastSegmentStayDto], description: 'Stays that ended' })
  past: PastSegmentStayDto[];
}

export class CustomerSegmentsAtDto {
  @ApiProperty({ format: 'date-time' })
  validAt: string;

  @ApiProperty({ type: [SegmentAtDto], description: 'The segments whose rules the customer matched at validAt, evaluated then' })
  segments: SegmentAtDto[];
}

export class PreviewSegmentDto {
  @ApiProperty({
    description: 'The rule to count, as POST /segments takes it',
    example: { all: [{ fact: 'attribute', key: 'country', op: 'eq', value: 'GB' }] },
  })
  @IsDefined({ message: 'must be a rule: all, any, not or a condition' })
  rule: unknown;
}

export class SegmentPreviewDto {
  @ApiProperty({ description: 'Customers the rule matches now', example: 42 })
  matching: number;

  @ApiProperty({ description: 'Registered customers it was evaluated over', example: 3000 })
  customers: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: "The segments projection's clock, the instant the rule was evaluated at; null before any event" })
  evaluatedAt: string | null;
}

export const MOVEMENT_BUCKETS = ['day', 'week', 'month'] as const;

export class MovementsQueryDto {
  @ApiPropertyOptional({ enum: MOVEMENT_BUCKETS, default: 'day' })
  @IsOptional()
  @IsIn(MOVEMENT_BUCKETS, { message: `must be one of ${MOVEMENT_BUCKETS.join(', ')}` })
  bucket?: (typeof MOVEMENT_BUCKETS)[number];
}

export class SegmentMovementDto {
  @ApiProperty({ format: 'date-time', description: 'Start of the period (UTC)' })
  period: string;

  @ApiProperty({ example: 12 })
  entries: number;

  @ApiProperty({ example: 3 })
  exits: number;
}

export class SegmentMovementsDto {
  @ApiProperty({ enum: MOVEMENT_BUCKETS })
  bucket: (typeof MOVEMENT_BUCKETS)[number];

  @ApiProperty({ type: [SegmentMovementDto], description: 'Periods with at least one entry or exit, oldest first' })
  movements: SegmentMovementDto[];
}
