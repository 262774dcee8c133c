import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { ACCESS_ACTIONS, type AccessAction } from '#crm/compliance';
import { AuditPageQueryDto } from '../audit/audit-page-query.dto.js';

export class AccessLogQueryDto extends AuditPageQueryDto {
  @ApiPropertyOptional({ description: 'The `next` of the previous page: an access log entry id' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'must be an access log entry id' })
  after?: string;

  @ApiPropertyOptional({ description: 'The customer whose data was read' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  customer?: string;

  @ApiPropertyOptional({ enum: ACCESS_ACTIONS })
  @IsOptional()
  @IsIn(ACCESS_ACTIONS)
  action?: AccessAction;
}
