import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString } from 'class-validator';

export class MoneyDto {
  @ApiProperty({ description: 'Minor units (cents)', example: 500000 })
  @IsInt()
  amount: number;

  @ApiProperty({ description: 'ISO 4217', example: 'EUR' })
  @IsString()
  currency: string;
}
