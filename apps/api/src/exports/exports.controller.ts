import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles, type Actor } from '@crm/auth';
import { RequiresJobs } from '@crm/jobs';
import { CampaignIdParams as ExportIdParams } from '../campaigns/campaign-id.params.js';
import { ExportsService, type ExportView } from './exports.service.js';
import { AnalyticsExportDto, RebuildDto } from './start-export.dto.js';

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

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

  @Get(':id')
  @Roles('analyst')
  @ApiOperation({ summary: 'An export or rebuild: status, progress (done of total), error, and the download URL once done' })
  get(@Param() { id }: ExportIdParams): Promise<ExportView> {
    return this.exports.get(id.toLowerCase());
  }

  @Get(':id/download')
  @Roles('analyst')
  @ApiOperation({ summary: 'The finished file (CSV for a table, JSON for a rebuild); 404 until done' })
  async download(@Param() { id }: ExportIdParams, @Res() reply: FastifyReply): Promise<void> {
    const { row, content } = await this.exports.download(id.toLowerCase());
    await reply.header('content-type', row.contentType).header('content-disposition', `attachment; filename="${row.filename}"`).send(content);
  }
}
