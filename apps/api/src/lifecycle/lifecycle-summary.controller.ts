import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import type { LifecycleSummary } from '#crm/projections';
import { LifecycleSummaryQueryDto } from './lifecycle-summary-query.dto.js';
import { LifecycleService } from './lifecycle.service.js';

@ApiTags('read models')
@Controller('lifecycle/summary')
@Roles('operator', 'analyst')
export class LifecycleSummaryController {
  constructor(private readonly lifecycle: LifecycleService) {}

  @Get()
  @ApiOperation({ summary: 'Customers per stage and grade now, and the moves between stages over [from, to)' })
  get(@Query() query: LifecycleSummaryQueryDto): Promise<LifecycleSummary> {
    return this.lifecycle.summary(query);
  }
}
