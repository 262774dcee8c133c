import { ApiProperty } from '@nestjs/swagger';
import { taskStatuses } from '#crm/projections';

export class TaskDto {
  @ApiProperty({ format: 'uuid', description: 'The record whose stream holds the task (complete and move it there)' })
  customerId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The record `customerId` is merged into, while it is: the task lists under it' })
  mergedInto: string | null;

  @ApiProperty({ description: 'Unique within its customer: the task is /customers/{customerId}/tasks/{taskId}' })
  taskId: string;

  @ApiProperty({ type: String, nullable: true, description: 'null once the customer’s personal data is erased' })
  title: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The staff member who is to do it' })
  assigneeId: string | null;

  @ApiProperty({ format: 'date-time' })
  dueAt: string;

  @ApiProperty({ enum: taskStatuses })
  status: string;

  @ApiProperty({ format: 'date-time' })
  scheduledAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt: string | null;
}

export class TaskPageDto {
  @ApiProperty({ type: [TaskDto] })
  items: TaskDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  nextCursor: string | null;
}
