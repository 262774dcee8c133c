import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ProjectionNameParams {
  @ApiProperty({ description: 'A projection name', pattern: '^[a-z][a-z0-9_]{0,51}$', example: 'timeline' })
  @Matches(/^[a-z][a-z0-9_]{0,51}$/, { message: 'must be a projection name such as timeline' })
  name: string;
}
