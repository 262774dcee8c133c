import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeDto {
  @ApiProperty({ format: 'uuid', description: 'The other record: merged into this one (merge), or given back (unmerge)' })
  @IsUUID('all', { message: 'must be a customer id (a UUID)' })
  from: string;
}
