import { ApiProperty } from '@nestjs/swagger';

export const notificationKinds = ['task-due-soon', 'task-overdue', 'digest', 'automation', 'follow-up-overdue', 'lead-reassigned'] as const;

export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: notificationKinds })
  kind: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a digest; the lead’s customer for follow-up-overdue and lead-reassigned' })
  customerId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The task reminded of: /customers/{customerId}/tasks/{taskId}' })
  taskId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The task’s title (null once the customer’s personal data is erased), or the automation’s message' })
  title: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null while unread' })
  readAt: string | null;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto], description: 'Unread first, then read; newest first within each' })
  items: NotificationDto[];

  @ApiProperty({ description: 'How many of the caller’s notifications are unread, listed or not' })
  unread: number;
}
