import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';

export class NoteDto extends TouchBaseDto {
  @ApiProperty({ enum: ['note'] })
  @IsIn(['note'])
  type: 'note';

  @ApiProperty()
  @IsString()
  text: string;
}
