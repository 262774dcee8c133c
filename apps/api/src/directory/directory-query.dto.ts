import { lifecycleStages } from '#crm/domain';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsPageLimit } from './page-limit.js';

export class DirectoryQueryDto {
  /** Any part of a name, email or phone number. */
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'must be 1 to 100 characters' })
  q?: string;

  @IsOptional()
  @IsIn(lifecycleStages, { message: `must be one of: ${lifecycleStages.join(', ')}` })
  stage?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'must be a segment id' })
  segment?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  owner?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  organization?: string;

  @IsOptional()
  @IsString()
  cursor?: string;

  @IsPageLimit()
  limit?: number;
}
