import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { UtmDto } from '../../customers/touches/dto/utm.dto.js';

export class WebLeadDto {
  @ApiProperty({ example: 'Ada Lovelace' })
  @IsString()
  name: string;

  @ApiProperty({ example: 'ada@example.com', description: 'Identifies the customer: a new email registers a new customer' })
  @IsString()
  email: string;

  @ApiPropertyOptional({ example: '+34 600 000 000' })
  @IsOptional()
  @IsString()
  phone?: string;

  @ApiProperty({ description: 'Which form on the site', example: 'contact-us' })
  @IsString()
  form: string;

  @ApiPropertyOptional({ description: 'Where the visitor came from; defaults to web-form', example: 'google-ads' })
  @IsOptional()
  @IsString()
  source?: string;

  @ApiPropertyOptional({ example: 'Fleet renewal' })
  @IsOptional()
  @IsString()
  interest?: string;

  @ApiPropertyOptional({
    description: 'ISO 3166-1 alpha-2; kept as the new customer’s `country` attribute, which assignment rules can route by',
    example: 'ES',
    pattern: '^[A-Za-z]{2}$',
  })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 country code such as FR' })
  country?: string;

  @ApiPropertyOptional({ type: UtmDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => UtmDto)
  utm?: UtmDto;

  /**
   * The honeypot: the form renders it hidden from people (CSS, `tabindex=-1`, `autocomplete=off`),
   * so only a bot fills it. Any value counts, so a bot cannot learn the field from a 400.
   */
  @ApiPropertyOptional({ description: 'Leave absent or empty: the form hides it from people, and a filled one marks the submission as a bot’s' })
  @Allow()
  website?: unknown;
}
