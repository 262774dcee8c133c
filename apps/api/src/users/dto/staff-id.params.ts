import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class StaffIdParams {
  @ApiProperty({ description: 'The staff id of the user', example: '0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69' })
  @IsString()
  @MaxLength(100)
  id: string;
}
