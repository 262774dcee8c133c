import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** Deal events carry business time; imports back-fill it. */
export class DatedDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with an offset; defaults to now' })
  @IsOptional()
  @IsString()
  occurredAt?: string;
}
