import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { ApiErrors } from '#crm/http';
import {
  AutomationDefinitionDto,
  AutomationIdParams,
  AutomationListDto,
  AutomationPreviewDto,
  AutomationResultsDto,
  AutomationWrittenDto,
} from './automation.dto.js';
import { ResultsQueryDto } from './uplift.dto.js';
import { AutomationsService } from './automations.service.js';

@ApiTags('automations')
@Controller('automations')
@Roles('operator')
export class AutomationsController {
  constructor(private readonly automations: AutomationsService) {}

  @Post()
  @WriteRoute()
  @ApiOperation({ summary: 'Define an automation: when a trigger occurs (and after a delay), do an action; active at once' })
  @ApiCreatedResponse({ type: AutomationWrittenDto })
  @ApiErrors([400, 401, 403, 415, 429, 503])
  create(@Body() body: AutomationDefinitionDto, @Write() write: WriteContext) {
    return this.automations.create(body, write);
  }

  @Get()
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: 'Every automation with its current version, status and firings per group, newest first' })
  @ApiOkResponse({ type: AutomationListDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list() {
    return this.automations.list();
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: 'How often a definition would have fired over the last 90 days, from the log; nothing is saved' })
  @ApiOkResponse({ type: AutomationPreviewDto })
  @ApiErrors([400, 401, 403, 415, 429, 503])
  preview(@Body() body: AutomationDefinitionDto) {
    return this.automations.previewDefinition(body);
  }

  @Put(':id')
  @WriteRoute()
  @ApiOperation({ summary: 'A new version of an automation (replaces the definition whole from now on; a paused one stays paused)' })
  @ApiOkResponse({ type: AutomationWrittenDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  redefine(@Param() { id }: AutomationIdParams, @Body() body: AutomationDefinitionDto, @Write() write: WriteContext) {
    return this.automations.define(id.toLowerCase(), body, write, { existing: true });
  }

  @Post(':id/pause')
  @HttpCode(200)
  @WriteRoute()
  @ApiOperation({ summary: 'Pause: triggers from now on (and delayed firings still waiting) do not fire' })
  @ApiOkResponse({ type: AutomationWrittenDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  pause(@Param() { id }: AutomationIdParams, @Write() write: WriteContext) {
    return this.automations.setPaused(id.toLowerCase(), true, write);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @WriteRoute()
  @ApiOperation({ summary: 'Resume a paused automation: triggers from now on fire again (those while paused do not)' })
  @ApiOkResponse({ type: AutomationWrittenDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  resume(@Param() { id }: AutomationIdParams, @Write() write: WriteContext) {
    return this.automations.setPaused(id.toLowerCase(), false, write);
  }

  @Get(':id/preview')
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: 'How often the saved automation would have fired over the last 90 days, and how many its control share holds back' })
  @ApiOkResponse({ type: AutomationPreviewDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  previewSaved(@Param() { id }: AutomationIdParams) {
    return this.automations.previewSaved(id.toLowerCase());
  }

  @Get(':id/results')
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: 'Treated against control within a window after each firing: response, purchases and revenue, with uplift and 95 % CI' })
  @ApiOkResponse({ type: AutomationResultsDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  results(@Param() { id }: AutomationIdParams, @Query() query: ResultsQueryDto) {
    return this.automations.results(id.toLowerCase(), query.windowDays ?? 30);
  }
}
