import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import type { LifecycleSummary } from '#crm/projections';
import { LifecycleSummaryQueryDto } from './lifecycle-summary-query.dto.js';
import { LifecycleSummaryDto } from './customer-lifecycle.dto.js';
import { LifecycleService } from './lifecycle.service.js';

@ApiTags('read models')
@Controller('lifecycle/summary')
@Roles('operator', 'analyst')
export class LifecycleSummaryController {
  constructor(private readonly lifecycle: LifecycleService) {}

  @Get()
  @ApiOperation({ summary: 'Customers per stage and grade now, or at business time validAt, and the moves between stages over [from, to)' })
  @ApiOkResponse({ type: LifecycleSummaryDto })
  @ApiErrors([400, 401, 403, 429, 503])
  get(@Query() query: LifecycleSummaryQueryDto): Promise<LifecycleSummary> {
    return this.lifecycle.summary(query);
  }
}
