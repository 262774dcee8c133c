import { ApiPropertyOptional } from '@nestjs/swagger';
import { taskStatuses, type TaskStatus } from '#crm/projections';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { IsPageLimit } from '../directory/page-limit.js';

const ME_OR_UUID = /^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
const INSTANT = { message: 'must be an ISO 8601 date-time' };

export class TaskListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this customer's tasks, with those of the records merged into it" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  customer?: string;

  @ApiPropertyOptional({ description: '`me` (the staff member the caller acts for) or a staff id', example: 'me', pattern: ME_OR_UUID.source })
  @IsOptional()
  @Matches(ME_OR_UUID, { message: 'must be "me" or a staff UUID' })
  assignee?: string;

  @ApiPropertyOptional({ enum: taskStatuses, description: 'overdue: open and past its due time; open: not yet due' })
  @IsOptional()
  @IsIn(taskStatuses, { message: `must be one of: ${taskStatuses.join(', ')}` })
  status?: TaskStatus;

  @ApiPropertyOptional({ format: 'date-time', description: 'Due at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, INSTANT)
  dueFrom?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Due at or before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, INSTANT)
  dueTo?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @IsPageLimit()
  limit?: number;
}
