import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsPageLimit } from '../directory/page-limit.js';

/** `cursor` and `limit` of a list paged newest first. */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @IsPageLimit()
  limit?: number;
}
