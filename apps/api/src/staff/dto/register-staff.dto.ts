import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class RegisterStaffDto {
  @ApiProperty({ example: 'Maria Puig' })
  @IsString()
  name: string;

  @ApiProperty({ example: 'maria@example.com' })
  @IsString()
  email: string;

  @ApiPropertyOptional({ description: 'Job title; defaults to "Staff"', example: 'Account manager' })
  @IsOptional()
  @IsString()
  title?: string;

  @ApiPropertyOptional({ nullable: true, description: 'The manager, a staff id' })
  @IsOptional()
  @IsString()
  managerId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Catalonia' })
  @IsOptional()
  @IsString()
  region?: string | null;
}
