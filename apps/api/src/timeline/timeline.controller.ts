import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '#crm/http';
import { TimelinePageDto } from './timeline-page.dto.js';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import type { TimelinePage } from '#crm/projections';
import { CustomerIdParams } from '../directory/customer-id.params.js';
import { TimelineQueryDto } from './timeline-query.dto.js';
import { TimelineService } from './timeline.service.js';

@ApiTags('read models')
@Controller('customers/:id/timeline')
@Roles('operator', 'analyst')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @ApiOperation({
    summary:
      "Every touch, record change and deal move of a customer, newest first; filter by type and occurredAt; cursor paging; include=contacts adds an organization's people",
  })
  @ApiOkResponse({ type: TimelinePageDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  page(@Param() params: CustomerIdParams, @Query() query: TimelineQueryDto, @CurrentActor() actor: Actor): Promise<TimelinePage> {
    return this.timeline.page(params.id, query, actor);
  }
}
