import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { directions, type Direction } from '#crm/domain';
import { TouchBaseDto } from './touch-base.dto.js';

export class EmailDto extends TouchBaseDto {
  @ApiProperty({ enum: ['email'] })
  @IsIn(['email'])
  type: 'email';

  @ApiProperty({ enum: directions })
  @IsIn(directions)
  direction: Direction;

  @ApiProperty()
  @IsString()
  subject: string;
}
