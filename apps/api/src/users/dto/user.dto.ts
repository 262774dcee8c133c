import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, MIN_PASSWORD_LENGTH, ROLES, type Locale, type Role } from '#crm/auth';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

const PASSWORD = { minLength: MIN_PASSWORD_LENGTH, maxLength: 1024, format: 'password', example: 'correct horse battery staple' };

export class CreateUserDto {
  @ApiProperty({ example: 'maria@example.com' })
  @IsString()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Maria Puig' })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ROLES, example: 'operator' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty(PASSWORD)
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(1024)
  password: string;

  @ApiPropertyOptional({ description: 'An existing staff member to give credentials to; absent: a new staff member is registered' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiPropertyOptional({ nullable: true, description: "A new staff member's manager, a staff id" })
  @IsOptional()
  @IsUUID()
  managerId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Catalonia' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string | null;

  @ApiPropertyOptional({ enum: LOCALES, example: 'ca' })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export class ResetPasswordDto {
  @ApiProperty(PASSWORD)
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(1024)
  password: string;
}

export class UserDto {
  @ApiProperty({ example: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69' })
  staffId: string;

  @ApiProperty({ example: 'maria@example.com' })
  email: string;

  @ApiProperty({ example: 'Maria Puig' })
  name: string;

  @ApiProperty({ enum: ROLES, example: 'operator' })
  role: Role;

  @ApiProperty({ enum: LOCALES, example: 'en' })
  locale: Locale;

  @ApiProperty({ description: 'false until a password is set' })
  hasPassword: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  disabledAt: string | null;
}

export class SignedOutDto {
  @ApiProperty({ description: 'How many sessions were ended', example: 2 })
  sessionsEnded: number;
}
