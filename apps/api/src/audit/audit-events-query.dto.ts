import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { AuditPageQueryDto } from './audit-page-query.dto.js';

export class AuditEventsQueryDto extends AuditPageQueryDto {
  @ApiPropertyOptional({ description: 'The `next` of the previous page: a log position "<commit>-<prepare>"' })
  @IsOptional()
  @Matches(/^\d{1,20}-\d{1,20}$/, { message: 'must be a log position "<commit>-<prepare>"' })
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
