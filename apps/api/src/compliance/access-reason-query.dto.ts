import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/**
 * The query of a route marked @PersonalDataAccess: the reason for the read, recorded in the access
 * log, may come as `?reason=` when a header cannot be set (a link in a ticket).
 */
export class AccessReasonQueryDto {
  @ApiPropertyOptional({ description: 'Why this person’s data is read (or send X-Access-Reason); recorded in the access log' })
  @IsOptional()
  @IsString()
  reason?: string;
}
