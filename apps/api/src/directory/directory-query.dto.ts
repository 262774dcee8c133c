import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { countryCodes, lifecycleStages } from '#crm/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsPageLimit, MAX_PAGE_SIZE } from './page-limit.js';

export class DirectoryQueryDto {
  @ApiPropertyOptional({ description: 'Any part of a name, email or phone number', minLength: 1, maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'must be 1 to 100 characters' })
  q?: string;

  @ApiPropertyOptional({ enum: lifecycleStages, description: 'Lifecycle stage' })
  @IsOptional()
  @IsIn(lifecycleStages, { message: `must be one of: ${lifecycleStages.join(', ')}` })
  stage?: string;

  @ApiPropertyOptional({ description: 'Only current members of this segment' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a segment id (a UUID)' })
  segment?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this staff member's customers" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  owner?: string;

  @ApiPropertyOptional({ description: 'Only customers whose postal address is in this country (ISO 3166-1 alpha-2)', minLength: 2, maxLength: 2, example: 'ES' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsIn(countryCodes, { message: 'must be an ISO 3166-1 alpha-2 country code such as FR' })
  country?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the people of this organization' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organization?: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: `Only these customers, comma-separated or repeated (at most ${MAX_PAGE_SIZE}): the names of records another answer lists by id`,
  })
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : String(value).split(',')).map((id: unknown) => String(id).trim().toLowerCase()))
  @ArrayMaxSize(MAX_PAGE_SIZE, { message: `must list at most ${MAX_PAGE_SIZE} ids` })
  @IsUUID('all', { each: true, message: 'must list customer ids (UUIDs)' })
  id?: string[];

  @ApiPropertyOptional({
    description: "Only customers known by this id in a source system (the import keeps the source's id: Online Retail's CustomerID, Maven's account)",
    minLength: 1,
    maxLength: 200,
    example: '14646',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  externalId?: string;

  @ApiPropertyOptional({ description: 'The `next` of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @IsPageLimit()
  limit?: number;

  /** Why personal data is read, as on the record routes (the X-Access-Reason header wins). */
  @IsOptional()
  @IsString()
  reason?: string;
}

/** An organization's contact list pages as the directory does. */
export class ContactsQueryDto extends PickType(DirectoryQueryDto, ['cursor', 'limit', 'reason'] as const) {}
