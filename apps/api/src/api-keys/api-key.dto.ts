import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '#crm/auth';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'front desk', minLength: 1, maxLength: 200 })
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name: string;

  @ApiProperty({ enum: ROLES, example: 'operator' })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ description: 'The staff member the key acts for (their id), so ownership rules apply to it', maxLength: 200 })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  staffId?: string;
}

export class ApiKeyIdParams {
  @ApiProperty({ format: 'uuid', example: '7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'front desk' })
  name: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ nullable: true, type: String })
  staffId: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastUsedAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  revokedAt: string | null;
}

export class CreatedApiKeyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The key itself: shown in this answer only, never stored', example: 'crm_…' })
  key: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ example: 'front desk' })
  name: string;
}
