import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class PostalAddressDto {
  @ApiProperty({ example: 'Carrer de Mallorca 401' })
  @IsString()
  line1: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  line2?: string | null;

  @ApiProperty({ example: 'Barcelona' })
  @IsString()
  city: string;

  @ApiPropertyOptional({ nullable: true, example: '08013' })
  @IsOptional()
  @IsString()
  postalCode?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  region?: string | null;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'ES' })
  @IsString()
  country: string;
}
