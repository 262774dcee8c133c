import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';
import { PurchaseLineDto } from './purchase-line.dto.js';

export class PurchaseCancelledDto extends TouchBaseDto {
  @ApiProperty({ enum: ['purchase-cancelled'] })
  @IsIn(['purchase-cancelled'])
  type: 'purchase-cancelled';

  @ApiProperty({ description: 'The order recorded by an earlier purchase' })
  @IsString()
  orderId: string;

  @ApiProperty({ example: 'EUR' })
  @IsString()
  currency: string;

  @ApiPropertyOptional({ type: [PurchaseLineDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PurchaseLineDto)
  lines?: PurchaseLineDto[];

  @ApiProperty({ description: 'Minor units taken back, at least 1' })
  @IsInt()
  amount: number;
}
