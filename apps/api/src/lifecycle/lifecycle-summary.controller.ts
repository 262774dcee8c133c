import { Controller, Get, Headers, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import type { LifecycleSummary } from '#crm/projections';
import { REPORT_FORMATS, reportAnswer } from '../analytics/report-csv.js';
import { ExportableResponse } from '../audit/export/exportable-response.decorator.js';
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
  @ExportableResponse(LifecycleSummaryDto, REPORT_FORMATS)
  @ApiErrors([400, 401, 403, 429, 503])
  async get(@Query() query: LifecycleSummaryQueryDto, @Headers('accept') accept?: string): Promise<LifecycleSummary | StreamableFile> {
    const summary = await this.lifecycle.summary(query);
    const counted = (counts: Record<string, number>, key: string) => Object.entries(counts).map(([name, customers]) => ({ [key]: name, customers }));
    return reportAnswer(query, accept, { name: 'lifecycle-summary', money: [] }, summary, {
      stages: counted(summary.stages, 'stage'),
      grades: counted(summary.grades, 'grade'),
      flows: summary.flows,
    });
  }
}
