import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { accessReasonOf } from '#crm/compliance';
import { RequiresJobs } from '#crm/jobs';
import { CampaignIdParams as ExportIdParams } from '../campaigns/campaign-id.params.js';
import { AccessReasonQueryDto } from '../compliance/access-reason-query.dto.js';
import { ExportsService, type ExportView } from './exports.service.js';
import { PersonExportDto } from './person/person-export.dto.js';
import { PersonExportsService } from './person/person-exports.service.js';
import { AnalyticsExportDto, RebuildDto } from './start-export.dto.js';

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly persons: PersonExportsService,
  ) {}

  @Post('analytics')
  @HttpCode(202)
  @Roles('analyst')
  @RequiresJobs()
  @ApiOperation({ summary: 'Export an analytics table as CSV, as a job; follow it at GET /exports/{id}' })
  @ApiAcceptedResponse({ description: 'The export with its progress' })
  @ApiServiceUnavailableResponse({ description: 'jobs unavailable: Redis is unreachable' })
  analytics(@Body() body: AnalyticsExportDto, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.exports.start('analytics-table', body.table, actor);
  }

  @Post('rebuilds')
  @HttpCode(202)
  @Roles('admin')
  @RequiresJobs()
  @ApiOperation({ summary: 'Rebuild a projection as a job (replay beside the live tables, then swap); follow it at GET /exports/{id}' })
  @ApiServiceUnavailableResponse({ description: 'jobs unavailable: Redis is unreachable' })
  rebuild(@Body() body: RebuildDto, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.exports.start('projection-rebuild', body.projection, actor);
  }

  @Post('person')
  @HttpCode(202)
  @Roles('compliance')
  @RequiresJobs()
  @ApiOperation({
    summary: 'Export everything held about a person (as GET /customers/{id}/export) as a job; recorded in the access log with the reason; follow it at GET /exports/{id}',
  })
  @ApiAcceptedResponse({ description: 'The export with its progress' })
  @ApiServiceUnavailableResponse({ description: 'jobs unavailable: Redis is unreachable' })
  person(@Body() body: PersonExportDto, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.persons.start(body, actor);
  }

  // Shared by every kind: the export's kind decides who may read it (analyst for tables and rebuilds, compliance for a person).
  @Get(':id')
  @Roles('analyst', 'compliance')
  @ApiOperation({ summary: 'An export or rebuild: status, progress (done of total), error, and the download URL once done' })
  get(@Param() { id }: ExportIdParams, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.exports.get(id.toLowerCase(), actor);
  }

  @Get(':id/download')
  @Roles('analyst', 'compliance')
  @ApiHeader({ name: 'X-Access-Reason', required: false, description: 'For a person’s export: why it is read now (or ?reason=); defaults to the reason it was made for' })
  @ApiOperation({
    summary: 'The finished file (CSV for a table, JSON for a rebuild or a person); 404 until done; a person’s export: recorded in the access log, 410 once they are erased',
  })
  async download(
    @Param() { id }: ExportIdParams,
    @Query() query: AccessReasonQueryDto,
    @Headers('x-access-reason') header: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { row, content } = await this.exports.download(id.toLowerCase(), actor);
    const body = row.kind === 'person-data' ? await this.persons.read(row, content, actor, accessReasonOf({ headers: { 'x-access-reason': header }, query }, false)) : content;
    await reply.header('content-type', row.contentType).header('content-disposition', `attachment; filename="${row.filename}"`).send(body);
  }
}
