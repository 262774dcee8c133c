import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class UtmDto {
  @ApiPropertyOptional() @IsOptional() @IsString() source?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() medium?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() campaign?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() term?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() content?: string | null;
}
