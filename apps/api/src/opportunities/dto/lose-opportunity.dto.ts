import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { DatedDto } from './dated.dto.js';

export class LoseOpportunityDto extends DatedDto {
  @ApiProperty({ example: 'chose a competitor' })
  @IsString()
  reason: string;
}
