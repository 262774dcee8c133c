import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { DatedDto } from './dated.dto.js';
import { MoneyDto } from './money.dto.js';

/** Only the fields sent change; `expectedCloseDate` or `product` null clears it. */
export class UpdateOpportunityDto extends DatedDto {
  @ApiPropertyOptional({ example: 'Fleet renewal' })
  @IsOptional()
  @IsString()
  interest?: string;

  @ApiPropertyOptional({ type: MoneyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  expectedAmount?: MoneyDto;

  @ApiPropertyOptional({ description: 'Hand the deal to another staff member: its forecast and its outcome go with it' })
  @IsOptional()
  @IsString()
  ownerId?: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2026-06-30', description: 'YYYY-MM-DD; null: no expected date' })
  @IsOptional()
  @IsString()
  expectedCloseDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Roof kit', description: 'null: about no product' })
  @IsOptional()
  @IsString()
  product?: string | null;
}
