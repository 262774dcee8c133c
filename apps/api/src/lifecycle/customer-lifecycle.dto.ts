import { ApiProperty } from '@nestjs/swagger';

// Documentation of the answers (OpenAPI); the values come from the lifecycle projection's queries.

class LifecyclePositionDto {
  @ApiProperty({ example: 'customer' })
  stage: string;

  @ApiProperty({ type: String, nullable: true, example: 'A' })
  grade: string | null;
}

class LifecycleTransitionDto {
  @ApiProperty({ type: LifecyclePositionDto, nullable: true, description: 'Null for the first stage' })
  from: LifecyclePositionDto | null;

  @ApiProperty({ type: LifecyclePositionDto })
  to: LifecyclePositionDto;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ enum: ['event', 'lapse'], description: 'An event moved the customer, or time did' })
  cause: 'event' | 'lapse';

  @ApiProperty({ type: String, nullable: true, description: 'The event that caused it; null for a lapse' })
  eventId: string | null;
}

export class CustomerLifecycleDto {
  @ApiProperty({ format: 'uuid' })
  customerId: string;

  @ApiProperty({ example: 'customer' })
  stage: string;

  @ApiProperty({ type: String, nullable: true, example: 'A' })
  grade: string | null;

  @ApiProperty({ format: 'date-time' })
  since: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When time alone will next move the customer, if it will' })
  nextChangeAt: string | null;

  @ApiProperty({ type: [LifecycleTransitionDto], description: 'Oldest first' })
  transitions: LifecycleTransitionDto[];
}

class LifecycleFlowDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null for customers entering their first stage', example: 'prospect' })
  from: string | null;

  @ApiProperty({ example: 'customer' })
  to: string;

  @ApiProperty({ description: 'How many times customers made this move', example: 12 })
  transitions: number;
}

export class LifecycleSummaryDto {
  @ApiProperty({ format: 'date-time' })
  from: string;

  @ApiProperty({ format: 'date-time' })
  to: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Customers per stage now, every stage listed',
    example: { lead: 4, prospect: 10, customer: 31 },
  })
  stages: Record<string, number>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Customers per grade now, every grade listed',
    example: { A: 5, B: 12 },
  })
  grades: Record<string, number>;

  @ApiProperty({ type: [LifecycleFlowDto], description: 'Changes of stage within [from, to), by the stages left and entered' })
  flows: LifecycleFlowDto[];
}
