import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { complaintSeverities, type ComplaintSeverity } from '#crm/domain';
import { TouchBaseDto } from './touch-base.dto.js';

export class ComplaintDto extends TouchBaseDto {
  @ApiProperty({ enum: ['complaint'] })
  @IsIn(['complaint'])
  type: 'complaint';

  @ApiPropertyOptional({ description: 'Your reference; defaults to the eventId of the answer' })
  @IsOptional()
  @IsString()
  complaintId?: string;

  @ApiProperty({ example: 'delivery' })
  @IsString()
  category: string;

  @ApiProperty({ enum: complaintSeverities })
  @IsIn(complaintSeverities)
  severity: ComplaintSeverity;

  @ApiProperty()
  @IsString()
  description: string;
}
