import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { ClosingDto } from './closing.dto.js';

export class LoseOpportunityDto extends ClosingDto {
  @ApiProperty({ example: 'chose a competitor' })
  @IsString()
  reason: string;
}
