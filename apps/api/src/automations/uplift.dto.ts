import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

// Treated against control (docs/marketing.md, Response and uplift): the answer's parts shared by automations and campaigns.

export class ResultsQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    default: 30,
    description: 'Days after each firing (automations) or the campaign’s start in which a response, purchase or revenue counts',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1)
  @Max(365)
  windowDays?: number;
}

export class IntervalDto {
  @ApiProperty() low: number;
  @ApiProperty() high: number;
}

export class ComparisonDto {
  @ApiProperty({ description: 'Treated group’s share (or mean)' }) treated: number;
  @ApiProperty({ description: 'Control group’s share (or mean)' }) control: number;
  @ApiProperty({ type: 'number', nullable: true, description: 'Treated minus control' }) uplift: number | null;
  @ApiProperty({ type: IntervalDto, nullable: true, description: '95 % confidence interval of the uplift' }) ci95: IntervalDto | null;
}

export class MeanComparisonDto extends ComparisonDto {
  @ApiProperty({ type: 'number', nullable: true, description: 'Welch–Satterthwaite degrees of freedom' }) degreesOfFreedom: number | null;
}

export class GroupSizesDto {
  @ApiProperty() treated: number;
  @ApiProperty() control: number;
}
