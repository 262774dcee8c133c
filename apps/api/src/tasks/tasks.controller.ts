import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { ApiErrors } from '#crm/http';
import { TouchRecordedDto } from '../customers/dto/write-answers.dto.js';
import { CompleteTaskDto, RescheduleTaskDto } from './task-actions.dto.js';
import { TaskPageDto } from './task-views.dto.js';
import { TaskListQueryDto } from './tasks-query.dto.js';
import { TasksService } from './tasks.service.js';

@ApiTags('tasks')
@Controller()
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get('tasks')
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: 'Tasks of every customer, soonest due first: filter by assignee (`me`), status and due time; cursor paging' })
  @ApiOkResponse({ type: TaskPageDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list(@Query() query: TaskListQueryDto, @CurrentActor() actor: Actor) {
    return this.tasks.list(query, actor);
  }

  @Post('customers/:id/tasks/:taskId/complete')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Complete an open task (a task-completed touch)' })
  @ApiCreatedResponse({ type: TouchRecordedDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  complete(@Param('id') id: string, @Param('taskId') taskId: string, @Body() body: CompleteTaskDto, @Write() write: WriteContext) {
    return this.tasks.complete(id, taskId, body, write);
  }

  @Post('customers/:id/tasks/:taskId/reschedule')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Move an open task to a new due time (a task-rescheduled touch); its reminders follow' })
  @ApiCreatedResponse({ type: TouchRecordedDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  reschedule(@Param('id') id: string, @Param('taskId') taskId: string, @Body() body: RescheduleTaskDto, @Write() write: WriteContext) {
    return this.tasks.reschedule(id, taskId, body, write);
  }
}
