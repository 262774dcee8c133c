import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { NotificationIdParams } from './notification-id.params.js';
import { NotificationDto, NotificationListDto } from './notification-views.dto.js';
import { NotificationListQueryDto } from './notifications-query.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller('notifications')
@Roles('operator', 'analyst', 'compliance')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My notifications (task reminders), unread first' })
  @ApiOkResponse({ type: NotificationListDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list(@Query() query: NotificationListQueryDto, @CurrentActor() actor: Actor) {
    return this.notifications.list(query, actor);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiErrors([400, 401, 403, 404, 429, 503], { 404: 'No such notification of the caller’s' })
  read(@Param() params: NotificationIdParams, @CurrentActor() actor: Actor) {
    return this.notifications.markRead(params.id, actor);
  }
}
