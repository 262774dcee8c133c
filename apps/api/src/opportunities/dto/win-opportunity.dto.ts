import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString } from 'class-validator';
import { ClosingDto } from './closing.dto.js';

export class WinOpportunityDto extends ClosingDto {
  @ApiProperty({ description: 'Minor units actually won', example: 480000 })
  @IsInt()
  amount: number;

  @ApiProperty({ example: 'EUR' })
  @IsString()
  currency: string;
}
