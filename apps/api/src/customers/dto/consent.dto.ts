import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { consentChannels, legalBases, type ConsentChannel, type LegalBasis } from '#crm/domain';

export const consentStatuses = ['given', 'withdrawn'] as const;

export class ConsentDto {
  @ApiProperty({ enum: consentChannels })
  @IsIn(consentChannels)
  channel: ConsentChannel;

  @ApiProperty({ enum: consentStatuses })
  @IsIn(consentStatuses)
  status: (typeof consentStatuses)[number];

  @ApiPropertyOptional({ enum: legalBases, description: 'Required when status is given' })
  @IsOptional()
  @IsIn(legalBases)
  legalBasis?: LegalBasis;

  @ApiPropertyOptional({ description: 'The version of the text agreed to; required when legalBasis is consent' })
  @IsOptional()
  @IsString()
  textVersion?: string | null;

  @ApiPropertyOptional({ description: 'Where the answer was given; defaults to api', example: 'newsletter-form' })
  @IsOptional()
  @IsString()
  source?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  occurredAt?: string;
}
