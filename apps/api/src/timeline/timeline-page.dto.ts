import { ApiProperty } from '@nestjs/swagger';

class TimelineActorDto {
  @ApiProperty({ example: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69' })
  id: string;

  @ApiProperty({ type: String, nullable: true, example: 'operator' })
  role: string | null;
}

class TimelineAmountDto {
  @ApiProperty({ description: 'Minor units (cents)', example: 12000 })
  amount: number;

  @ApiProperty({ example: 'EUR' })
  currency: string;
}

class TimelineItemDto {
  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ format: 'uuid', description: "The entry's customer: with include=contacts, the organization or one of its people" })
  customerId: string;

  @ApiProperty({ example: 'CallLogged' })
  type: string;

  @ApiProperty({ example: 'call' })
  category: string;

  @ApiProperty({ example: 'Inbound call, 95 s, reached' })
  summary: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { nullable: true, oneOf: [{ type: 'number' }, { type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    example: { direction: 'inbound', durationSeconds: 95, outcome: 'reached' },
    description: "What the summary is made of (never personal data), to word it in another language: a touch's own fields, the names of the fields a change touched (`fields`), a deal's stages",
  })
  facts: Record<string, number | string | string[] | null>;

  @ApiProperty({ type: String, nullable: true, example: 'phone' })
  channel: string | null;

  @ApiProperty({ type: TimelineActorDto, nullable: true })
  actor: TimelineActorDto | null;

  @ApiProperty({ type: TimelineAmountDto, nullable: true })
  amount: TimelineAmountDto | null;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({
    type: String,
    enum: ['voided', 'corrected'],
    nullable: true,
    description: 'A touch voided or corrected since it was recorded (summary, amount and time are then the corrected ones); null otherwise',
  })
  amendment: 'voided' | 'corrected' | null;
}

export class TimelinePageDto {
  @ApiProperty({ type: [TimelineItemDto] })
  items: TimelineItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '1234-1234',
    description: "The log position of the customer's latest timeline entry when the page was read (whatever the filters); null when it has none",
  })
  head: string | null;
}
