import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MinLength, ValidateBy } from 'class-validator';
import { isPositionText } from '#crm/event-store';
import { AuditPageQueryDto } from './audit-page-query.dto.js';

export class AuditEventsQueryDto extends AuditPageQueryDto {
  @ApiPropertyOptional({ description: 'The `next` of the previous page: a log position "<commit>-<prepare>"' })
  @IsOptional()
  @Matches(/^\d+-\d+$/, { message: 'must be a log position "<commit>-<prepare>"' })
  @ValidateBy({ name: 'logPosition', validator: { validate: isPositionText, defaultMessage: () => 'must be the next of a previous page: its numbers are out of range' } })
  after?: string;

  @ApiPropertyOptional({ description: 'Event type, e.g. CustomerErased' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  type?: string;

  @ApiPropertyOptional({ description: 'Stream name, e.g. customer-<uuid>' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  stream?: string;

  @ApiPropertyOptional({ description: 'Channel: phone, web, store, email, import…' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  channel?: string;
}
