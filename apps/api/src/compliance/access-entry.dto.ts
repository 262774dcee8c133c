import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Documentation of the answers (OpenAPI); the values come from AccessLogStore in #crm/compliance.

export class AccessEntryDto {
  @ApiProperty({ description: 'Rising; pass the last as `after` for the next page', example: '1042' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  accessedAt: string;

  @ApiProperty({ description: 'The staff member (or integration) who read' })
  actorId: string;

  @ApiProperty({ example: 'operator' })
  actorRole: string;

  @ApiProperty({ description: 'The API key or session the read came with' })
  apiKeyId: string;

  @ApiProperty({ enum: ['customer', 'directory'], description: "One customer's record, or a list of customers" })
  subjectKind: 'customer' | 'directory';

  @ApiProperty({ description: 'The customer read; empty for a directory search' })
  subjectId: string;

  @ApiProperty({ enum: ['history', 'state', 'export', 'search'] })
  action: string;

  @ApiProperty({ description: 'The route template, never the URL', example: 'GET /customers/:id/history' })
  route: string;

  @ApiProperty({ type: String, nullable: true, description: 'Why, as the caller said' })
  reason: string | null;

  @ApiPropertyOptional({ description: 'For a directory search: the filters used' })
  query?: string;

  @ApiPropertyOptional({ description: 'For a directory search: how many customers it listed' })
  rowCount?: number;
}

export class AccessLogPageDto {
  @ApiProperty({ type: [AccessEntryDto] })
  entries: AccessEntryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page; null on the last' })
  next: string | null;
}
