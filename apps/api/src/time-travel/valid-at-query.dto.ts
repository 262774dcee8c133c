import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

/** `validAt`: the answer as things stood at that business time, as the CRM knows it now (docs/time-travel.md). */
export class ValidAtQueryDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'Business time (ISO 8601; a date alone is its start, UTC): how things stood then, counting every event that had happened by then, late ones included. Defaults to now.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date or date-time such as 2011-12-10 or 2011-12-10T00:00:00Z' })
  validAt?: string;
}
