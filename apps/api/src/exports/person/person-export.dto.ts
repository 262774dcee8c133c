import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';
import { IsAccessReason } from '../../compliance/is-access-reason.js';

export class PersonExportDto {
  @ApiProperty({ format: 'uuid', description: 'The customer whose data is exported' })
  @IsUUID('all', { message: 'must be a UUID' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value))
  customerId: string;

  @ApiProperty({ maxLength: 500, description: 'Why the data is exported (a request reference); recorded in the access log with every download' })
  @IsAccessReason()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  reason: string;
}
