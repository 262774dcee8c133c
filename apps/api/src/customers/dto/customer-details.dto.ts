import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
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

  @ApiPropertyOptional({
    nullable: true,
    maxLength: 100,
    description: 'For a person linked to an organization: their role there; dropped when they leave it or move to another',
    example: 'Head of purchasing',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organizationRole?: string | null;

  @ApiPropertyOptional({ description: 'Where the customer came from', example: 'referral' })
  @IsOptional()
  @IsString()
  source?: string;
}
