import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';
import { PurchaseLineDto } from './purchase-line.dto.js';

export class ReturnDto extends TouchBaseDto {
  @ApiProperty({ enum: ['return'] })
  @IsIn(['return'])
  type: 'return';

  @ApiProperty({ description: 'The credit note or return number', example: 'C536379' })
  @IsString()
  returnId: string;

  @ApiPropertyOptional({ nullable: true, description: 'The order returned from, when it was recorded here' })
  @IsOptional()
  @IsString()
  orderId?: string | null;

  @ApiProperty({ example: 'EUR' })
  @IsString()
  currency: string;

  @ApiPropertyOptional({ type: [PurchaseLineDto], description: 'What is taken back, positive quantities' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PurchaseLineDto)
  lines?: PurchaseLineDto[];

  @ApiProperty({ description: 'Minor units given back, at least 1' })
  @IsInt()
  amount: number;
}
