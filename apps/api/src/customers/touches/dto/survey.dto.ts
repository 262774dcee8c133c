import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';

export class SurveyDto extends TouchBaseDto {
  @ApiProperty({ enum: ['survey'] })
  @IsIn(['survey'])
  type: 'survey';

  @ApiProperty({ example: 'nps-2026-q1' })
  @IsString()
  surveyId: string;

  @ApiProperty({ minimum: 0, maximum: 10 })
  @Min(0, { message: 'must be at least 0' })
  @Max(10, { message: 'must be at most 10' })
  @IsInt()
  score: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  comment?: string | null;
}
