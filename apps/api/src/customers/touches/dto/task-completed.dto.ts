import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';

export class TaskCompletedDto extends TouchBaseDto {
  @ApiProperty({ enum: ['task-completed'] })
  @IsIn(['task-completed'])
  type: 'task-completed';

  @ApiProperty()
  @IsString()
  taskId: string;
}
