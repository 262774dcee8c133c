import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { AccessReasonQueryDto } from '../../compliance/access-reason-query.dto.js';

export const MAX_HISTORY_PAGE = 1000;

export class HistoryQueryDto extends AccessReasonQueryDto {
  @ApiPropertyOptional({ description: 'The `next` of the previous page: events after this revision' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'must be a revision, a whole number from 0' })
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_HISTORY_PAGE, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_HISTORY_PAGE)
  limit?: number;
}
