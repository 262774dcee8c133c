import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** The reason may come as `?reason=` when a header cannot be set (a link in a ticket). */
export class ExportQueryDto {
  @ApiPropertyOptional({ description: 'Why the data is exported (or send X-Access-Reason); required' })
  @IsOptional()
  @IsString()
  reason?: string;
}
