import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';

export class TaskRescheduledDto extends TouchBaseDto {
  @ApiProperty({ enum: ['task-rescheduled'] })
  @IsIn(['task-rescheduled'])
  type: 'task-rescheduled';

  @ApiProperty()
  @IsString()
  taskId: string;

  @ApiProperty({ description: 'The new due time, ISO 8601; may lie in the past' })
  @IsString()
  dueAt: string;
}
