import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';
import { UtmDto } from './utm.dto.js';

/** A lead recorded by staff on a known customer; the public web form is POST /leads. */
export class LeadDto extends TouchBaseDto {
  @ApiProperty({ enum: ['lead'] })
  @IsIn(['lead'])
  type: 'lead';

  @ApiProperty({ example: 'trade-fair-2026' })
  @IsString()
  form: string;

  @ApiProperty({ example: 'fair' })
  @IsString()
  source: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  interest?: string | null;

  @ApiPropertyOptional({ type: UtmDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => UtmDto)
  utm?: UtmDto;
}
