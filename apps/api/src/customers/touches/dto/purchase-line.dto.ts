import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString } from 'class-validator';

export class PurchaseLineDto {
  @ApiProperty({ example: 'X1' })
  @IsString()
  sku: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  description?: string | null;

  @ApiProperty({ description: 'Negative for a line taken back; never 0', example: 2 })
  @IsInt()
  quantity: number;

  @ApiProperty({ description: 'Minor units (cents)', example: 1500 })
  @IsInt()
  unitPrice: number;
}
