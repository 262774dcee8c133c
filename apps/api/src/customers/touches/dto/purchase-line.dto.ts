import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsString } from 'class-validator';

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

  @ApiProperty({
    description: 'Minor units (cents), up to 4 decimal places of the major unit (0.1 pence is 0.1); the line rounds to the minor unit half away from zero',
    example: 1500,
  })
  @IsNumber()
  unitPrice: number;
}
