import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
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

  @ApiPropertyOptional({ enum: opportunityStages, default: 'prospecting' })
  @IsOptional()
  @IsIn(opportunityStages)
  stage?: OpportunityStage;
}
