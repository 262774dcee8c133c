import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';

export class ComplaintResolvedDto extends TouchBaseDto {
  @ApiProperty({ enum: ['complaint-resolved'] })
  @IsIn(['complaint-resolved'])
  type: 'complaint-resolved';

  @ApiProperty({ description: 'The complaint filed earlier' })
  @IsString()
  complaintId: string;

  @ApiProperty()
  @IsString()
  resolution: string;
}
