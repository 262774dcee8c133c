import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

export class AssignOwnerDto {
  @ApiProperty({ description: 'The staff member (id) who owns the relationship from now on' })
  @IsString()
  ownerId: string;
}
