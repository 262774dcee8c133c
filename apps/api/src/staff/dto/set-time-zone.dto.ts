import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class SetTimeZoneDto {
  @ApiProperty({ example: 'Europe/Madrid', description: 'An IANA time zone: when the morning digest comes and what "today" is', maxLength: 64 })
  @IsString()
  @MaxLength(64)
  timeZone: string;
}
