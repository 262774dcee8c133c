import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ExternalIdDto } from './external-id.dto.js';
import { PostalAddressDto } from './postal-address.dto.js';

/** The contact details both registering and changing a customer take; the domain checks their form. */
export class CustomerDetailsDto {
  @ApiPropertyOptional({ nullable: true, example: 'ada@example.com' })
  @IsOptional()
  @IsString()
  email?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'E.164, separators allowed', example: '+34 600 000 000' })
  @IsOptional()
  @IsString()
  phone?: string | null;

  @ApiPropertyOptional({ type: PostalAddressDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostalAddressDto)
  address?: PostalAddressDto | null;

  @ApiPropertyOptional({ type: [ExternalIdDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ExternalIdDto)
  externalIds?: ExternalIdDto[];

  @ApiPropertyOptional({ nullable: true, description: 'For a person: the organization (a customer id) they belong to' })
  @IsOptional()
  @IsString()
  organizationId?: string | null;

  @ApiPropertyOptional({ description: 'Where the customer came from', example: 'referral' })
  @IsOptional()
  @IsString()
  source?: string;
}
