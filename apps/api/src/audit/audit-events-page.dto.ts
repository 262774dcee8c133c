import { ApiProperty } from '@nestjs/swagger';

// Documentation of the answer (OpenAPI); the values come from AuditEventsService.

class AuditActorDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ type: String, nullable: true, example: 'operator' })
  role: string | null;
}

class AuditEventDto {
  @ApiProperty({ description: 'The position in the whole log; pass the last as `after` for the next page', example: '96989-6' })
  position: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ example: 'customer-7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11' })
  streamName: string;

  @ApiProperty({ description: 'A bigint, as a string', example: '3' })
  revision: string;

  @ApiProperty({ example: 'CallLogged' })
  type: string;

  @ApiProperty({ example: 1 })
  schemaVersion: number;

  @ApiProperty({ type: AuditActorDto, nullable: true })
  actor: AuditActorDto | null;

  @ApiProperty({ type: String, nullable: true, example: 'api' })
  channel: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  occurredAt: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'As the log stores it: personal data encrypted' })
  data: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'As the log stores it, with its hash' })
  metadata: Record<string, unknown>;
}

export class AuditEventsPageDto {
  @ApiProperty({ type: [AuditEventDto] })
  events: AuditEventDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page; null on the last' })
  next: string | null;
}
