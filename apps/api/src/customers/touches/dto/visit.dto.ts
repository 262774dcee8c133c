import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsIn, IsString } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';

export class VisitDto extends TouchBaseDto {
  @ApiProperty({ enum: ['visit'] })
  @IsIn(['visit'])
  type: 'visit';

  @ApiProperty({ example: 'Barcelona store' })
  @IsString()
  place: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsString({ each: true })
  attendees: string[];

  @ApiProperty()
  @IsString()
  purpose: string;
}
