import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { accessReasonOf } from '#crm/compliance';
import { ApiErrors } from '#crm/http';
import { RequiresJobs } from '#crm/jobs';
import { CampaignIdParams as ExportIdParams } from '../campaigns/campaign-id.params.js';
import { AccessReasonQueryDto } from '../compliance/access-reason-query.dto.js';
import { CustomerExportDto } from '../compliance/customer-export.dto.js';
import { RebuildResultDto } from '../projections/projection-report.dto.js';
import { ExportListQueryDto } from './export-list-query.dto.js';
import { ExportPageDto, ExportViewDto } from './export-view.dto.js';
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
  @ApiAcceptedResponse({ type: ExportViewDto, description: 'The export with its progress' })
  @ApiErrors([400, 401, 403, 415, 429])
  analytics(@Body() body: AnalyticsExportDto, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.exports.start('analytics-table', body.table, actor);
  }

  @Post('rebuilds')
  @HttpCode(202)
  @Roles('admin')
  @RequiresJobs()
  @ApiOperation({ summary: 'Rebuild a projection as a job (replay beside the live tables, then swap); follow it at GET /exports/{id}' })
  @ApiAcceptedResponse({ type: ExportViewDto, description: 'The rebuild with its progress' })
  @ApiErrors([400, 401, 403, 415, 429])
  rebuild(@Body() body: RebuildDto, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.exports.start('projection-rebuild', body.projection, actor);
  }

  @Post('person')
  @HttpCode(202)
  @Roles('compliance')
  @RequiresJobs()
  @ApiOperation({
    summary:
      'Export everything held about a person (as GET /customers/{id}/export) as a job; recorded in the access log with the reason; follow it at GET /exports/{id}',
  })
  @ApiAcceptedResponse({ type: ExportViewDto, description: 'The export with its progress' })
  @ApiErrors([400, 401, 403, 404, 415, 429], { 404: 'No such customer' })
  person(@Body() body: PersonExportDto, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.persons.start(body, actor);
  }

  @Get()
  @Roles('analyst', 'compliance')
  @ApiOperation({
    summary:
      'Exports and rebuilds with their status and progress, newest first: those of the kinds the role may read (analyst: tables and rebuilds; compliance: persons; admin: all); cursor paging',
  })
  @ApiOkResponse({ type: ExportPageDto })
  @ApiErrors([400, 401, 403, 429, 503], { 403: 'The role may not use this route, or may not read the kind asked for' })
  list(@Query() query: ExportListQueryDto, @CurrentActor() actor: Actor): Promise<{ items: ExportView[]; nextCursor: string | null }> {
    return this.exports.list(query, actor);
  }

  // Shared by every kind: the export's kind decides who may read it (analyst for tables and rebuilds, compliance for a person).
  @Get(':id')
  @Roles('analyst', 'compliance')
  @ApiOperation({ summary: 'An export or rebuild: status, progress (done of total), error, and the download URL once done' })
  @ApiOkResponse({ type: ExportViewDto })
  @ApiErrors([400, 401, 403, 404, 429, 503], { 403: 'The export is of a kind this role may not read' })
  get(@Param() { id }: ExportIdParams, @CurrentActor() actor: Actor): Promise<ExportView> {
    return this.exports.get(id.toLowerCase(), actor);
  }

  @Get(':id/download')
  @Roles('analyst', 'compliance')
  @ApiHeader({
    name: 'X-Access-Reason',
    required: false,
    description: 'For a person’s export: why it is read now (or ?reason=); defaults to the reason it was made for',
  })
  @ApiOperation({
    summary:
      'The finished file (CSV for a table, JSON for a rebuild or a person); 404 until done; a person’s export: recorded in the access log, 410 once they are erased',
  })
  @ApiExtraModels(CustomerExportDto, RebuildResultDto)
  @ApiOkResponse({
    description: 'The file, as an attachment',
    content: {
      'text/csv': { schema: { type: 'string', description: 'An analytics table' } },
      'application/json': {
        schema: {
          oneOf: [{ $ref: getSchemaPath(CustomerExportDto) }, { $ref: getSchemaPath(RebuildResultDto) }],
          description: "A person's data, or a rebuild's result",
        },
      },
    },
  })
  @ApiErrors([400, 401, 403, 404, 410, 429, 503], { 404: 'No such export, or not done yet', 410: 'The person was erased: their export can no longer be read' })
  async download(
    @Param() { id }: ExportIdParams,
    @Query() query: AccessReasonQueryDto,
    @Headers('x-access-reason') header: string | undefined,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { row, content } = await this.exports.download(id.toLowerCase(), actor);
    const body =
      row.kind === 'person-data'
        ? await this.persons.read(row, content, actor, accessReasonOf({ headers: { 'x-access-reason': header }, query }, false))
        : content;
    await reply.header('content-type', row.contentType).header('content-disposition', `attachment; filename="${row.filename}"`).send(body);
  }
}
