import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, ROLES, type Locale, type Role } from '@crm/auth';
import { IsIn } from 'class-validator';

export class MeDto {
  @ApiProperty({ example: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69' })
  staffId: string;

  @ApiProperty({ example: 'Maria Puig' })
  name: string;

  @ApiProperty({ example: 'maria@example.com' })
  email: string;

  @ApiProperty({ enum: ROLES, example: 'operator' })
  role: Role;

  @ApiProperty({ enum: LOCALES, example: 'ca' })
  locale: Locale;
}

export class ChangeMeDto {
  @ApiProperty({ enum: LOCALES, example: 'es', description: 'The console language' })
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale: Locale;
}
