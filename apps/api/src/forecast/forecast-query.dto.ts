import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { dayOfDate } from '#crm/domain';
import { ReportFormatQueryDto } from '../analytics/analytics-query.dto.js';
import { IsOptionalInstantOrDate } from '../analytics/is-instant-or-date.decorator.js';
import { IsLimit } from '../directory/page-limit.js';

const wholeDays = (max: number) => ({ message: `must be a whole number of days from 1 to ${max}` });
const RATE = { message: 'must be a yearly rate from 0 to 1 (0.1 is 10 %)' };
const SHARE = { message: 'must be a probability from 0 to 1' };

/** The horizons a forecast is given over, and the day it is made on. */
export class ForecastQueryDto {
  @ApiPropertyOptional({
    description: 'Forecast as of this day: the history counted ends there (default now); the fit stays the one in force',
    example: '1997-09-30',
  })
  @IsOptionalInstantOrDate()
  asOf?: string;

  @ApiPropertyOptional({ default: 90, minimum: 1, maximum: 3650, description: 'Expected purchases over the next this many days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt(wholeDays(3650))
  @Min(1, wholeDays(3650))
  @Max(3650, wholeDays(3650))
  days?: number;

  @ApiPropertyOptional({ default: 365, minimum: 1, maximum: 3650, description: 'Customer lifetime value over the next this many days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt(wholeDays(3650))
  @Min(1, wholeDays(3650))
  @Max(3650, wholeDays(3650))
  horizonDays?: number;

  @ApiPropertyOptional({ default: 0.1, minimum: 0, maximum: 1, description: 'Yearly discount rate of future spend in the CLV' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, RATE)
  @Min(0, RATE)
  @Max(1, RATE)
  discountRate?: number;
}

export class ForecastOverviewQueryDto extends IntersectionType(ForecastQueryDto, ReportFormatQueryDto) {
  @IsLimit({ maximum: 1000, default: 20, description: 'How many customers in the top-CLV and at-risk lists' })
  limit?: number;

  @ApiPropertyOptional({ default: 0.5, minimum: 0, maximum: 1, description: 'A returning customer is at risk when its P(alive) is below this' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, SHARE)
  @Min(0, SHARE)
  @Max(1, SHARE)
  atRiskBelow?: number;
}

export class FitForecastDto {
  @ApiPropertyOptional({ format: 'date', example: '1997-09-30', description: 'The last day (UTC) whose purchases the fit counts; default today' })
  @IsOptional()
  @ValidateBy(
    { name: 'isDate', validator: { validate: (value) => typeof value === 'string' && dayOfDate(value) !== null } },
    { message: 'must be a date, YYYY-MM-DD' },
  )
  calibrationEnd?: string;
}
