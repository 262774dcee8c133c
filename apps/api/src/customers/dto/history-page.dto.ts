import { ApiProperty } from '@nestjs/swagger';

export class HistoryEventDto {
  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ example: 'CallLogged' })
  type: string;

  @ApiProperty({ description: 'The revision in the customer stream, as a string (a bigint)', example: '3' })
  revision: string;

  @ApiProperty({ description: 'The position in the whole log', example: '96989-6' })
  position: string;

  @ApiProperty({ description: 'The schema of `data` (the current one)', example: 1 })
  schemaVersion: number;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's data, upcast; personal data decrypted, or marked erased" })
  data: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'As recorded: actor, channel, correlation, hash chain' })
  metadata: Record<string, unknown>;
}

export class HistoryPageDto {
  @ApiProperty({ type: [HistoryEventDto] })
  events: HistoryEventDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page; null on the last' })
  next: string | null;
}
