import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { DatedDto } from './dated.dto.js';

/** Winning or losing a deal: when it closed, as an instant or (when that is all that is known) a day. */
export class ClosingDto extends DatedDto {
  @ApiPropertyOptional({
    description:
      'The business day the deal closed, when only the day is known (YYYY-MM-DD): reports keep the deal on that day in every time zone. ' +
      'Without occurredAt, the close is at the start of that day (UTC); a day still to come is refused',
    example: '2017-03-01',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date, YYYY-MM-DD' })
  closedOn?: string;
}
