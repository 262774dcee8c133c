import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';
import { PurchaseLineDto } from './purchase-line.dto.js';

export class PurchaseDto extends TouchBaseDto {
  @ApiProperty({ enum: ['purchase'] })
  @IsIn(['purchase'])
  type: 'purchase';

  @ApiPropertyOptional({ nullable: true, description: 'Your order reference; needed to cancel it later' })
  @IsOptional()
  @IsString()
  orderId?: string | null;

  @ApiProperty({ description: 'ISO 4217', example: 'EUR' })
  @IsString()
  currency: string;

  @ApiPropertyOptional({ type: [PurchaseLineDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PurchaseLineDto)
  lines?: PurchaseLineDto[];

  @ApiProperty({ description: 'Minor units; the sum of the lines when lines are given', example: 3000 })
  @IsInt()
  amount: number;

  @ApiPropertyOptional({ nullable: true, description: 'Minor units, for profitability', example: 1800 })
  @IsOptional()
  @IsInt()
  cost?: number | null;
}
