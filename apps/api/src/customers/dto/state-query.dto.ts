import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { AccessReasonQueryDto } from '../../compliance/access-reason-query.dto.js';

export class StateQueryDto extends AccessReasonQueryDto {
  @ApiPropertyOptional({ description: 'An instant (ISO 8601); the state from the events recorded up to it. Defaults to now.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time such as 2026-03-02T10:00:00Z' })
  asOf?: string;

  @ApiPropertyOptional({
    description: 'An instant (ISO 8601): the state from the events that had happened by then (business time), as recorded up to asOf',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time such as 2011-12-31T23:59:59Z' })
  validAt?: string;
}
