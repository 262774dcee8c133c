import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { opportunityStages, type OpportunityStage } from '#crm/domain';
import { DatedDto } from './dated.dto.js';
import { MoneyDto } from './money.dto.js';

export class OpenOpportunityDto extends DatedDto {
  @ApiProperty()
  @IsString()
  customerId: string;

  @ApiProperty({ example: 'Fleet renewal' })
  @IsString()
  interest: string;

  @ApiProperty({ type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  expectedAmount: MoneyDto;

  @ApiPropertyOptional({ description: 'The staff member who owns the deal; defaults to the API key’s staff member' })
  @IsOptional()
  @IsString()
  ownerId?: string;

  @ApiPropertyOptional({ enum: opportunityStages, default: 'qualification' })
  @IsOptional()
  @IsIn(opportunityStages)
  stage?: OpportunityStage;

  @ApiPropertyOptional({ format: 'date', example: '2026-06-30', description: 'When the deal is expected to close, YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  expectedCloseDate?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    description: "The deal's own probability of being won, whole percent; default: its stage's",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number;

  @ApiPropertyOptional({ example: 'Roof kit', description: 'The product the deal is about, if any' })
  @IsOptional()
  @IsString()
  product?: string;
}
