import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
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
  @ApiOperation({ summary: 'Every touch, record change and deal move of a customer, newest first; filter by type and occurredAt; cursor paging' })
  page(@Param() params: CustomerIdParams, @Query() query: TimelineQueryDto): Promise<TimelinePage> {
    return this.timeline.page(params.id, query);
  }
}
