import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { TouchBaseDto } from './touch-base.dto.js';

export class TaskScheduledDto extends TouchBaseDto {
  @ApiProperty({ enum: ['task-scheduled'] })
  @IsIn(['task-scheduled'])
  type: 'task-scheduled';

  @ApiPropertyOptional({ description: 'Your reference; defaults to the eventId of the answer' })
  @IsOptional()
  @IsString()
  taskId?: string;

  @ApiProperty()
  @IsString()
  title: string;

  @ApiProperty({ description: 'ISO 8601; may lie in the past' })
  @IsString()
  dueAt: string;

  @ApiPropertyOptional({ nullable: true, description: 'The staff member (id) who will do it' })
  @IsOptional()
  @IsString()
  assigneeId?: string | null;
}
