import { ApiProperty, PickType } from '@nestjs/swagger';
import { LOCALES, type Locale } from '#crm/auth';
import { IsIn } from 'class-validator';
import { UserDto } from '../../users/dto/user.dto.js';

export class MeDto extends PickType(UserDto, ['staffId', 'name', 'email', 'role', 'locale'] as const) {}

export class ChangeMeDto {
  @ApiProperty({ enum: LOCALES, example: 'es', description: 'The console language' })
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale: Locale;
}
