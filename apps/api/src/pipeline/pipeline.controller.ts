import { Body, Controller, Get, Headers, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { ApiErrors } from '#crm/http';
import { WriteAnswerDto } from '../customers/dto/write-answers.dto.js';
import { CustomerIdParams as DealIdParams } from '../directory/customer-id.params.js';
import { DefineStagesDto } from './define-stages.dto.js';
import { REPORT_FORMATS, reportAnswer } from '../analytics/report-csv.js';
import { ExportableResponse } from '../audit/export/exportable-response.decorator.js';
import { DealListQueryDto, PipelineForecastQueryDto, PipelineReportQueryDto } from './pipeline-query.dto.js';
import { DealDetailDto, DealPageDto, PipelineBoardDto, PipelineConversionDto, PipelineForecastDto } from './pipeline-views.dto.js';
import { PipelineService } from './pipeline.service.js';

@ApiTags('pipeline')
@Controller()
@Roles('operator', 'analyst')
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  @Get('opportunities')
  @ApiOperation({ summary: 'Deals, newest opened first: filter by stage, status, owner, team, customer and expected close; cursor paging' })
  @ApiOkResponse({ type: DealPageDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list(@Query() query: DealListQueryDto, @CurrentActor() actor: Actor) {
    return this.pipeline.list(query, actor);
  }

  @Get('opportunities/:id')
  @ApiOperation({ summary: 'One deal with its stage history' })
  @ApiOkResponse({ type: DealDetailDto })
  @ApiErrors([400, 401, 403, 404, 429, 503], { 404: 'No such deal, or one the caller may not see' })
  deal(@Param() params: DealIdParams) {
    return this.pipeline.deal(params.id);
  }

  @Get('pipeline/board')
  @ApiOperation({ summary: 'Open deals by stage, with counts, amounts and weighted amounts per currency (the file: one row per stage, without the deals)' })
  @ExportableResponse(PipelineBoardDto, REPORT_FORMATS)
  @ApiErrors([400, 401, 403, 429, 503])
  async board(@Query() query: PipelineReportQueryDto, @CurrentActor() actor: Actor, @Headers('accept') accept?: string) {
    const board = await this.pipeline.board(query, actor);
    const stages = board.stages.map(({ deals: _cards, totals, ...column }) => ({
      ...column,
      amount: totals.map((total) => total.amount),
      weighted: totals.map((total) => total.weighted),
    }));
    return reportAnswer(query, accept, { name: 'pipeline-board', money: ['amount', 'weighted'] }, board, { stages });
  }

  @Get('pipeline/forecast')
  @ApiOperation({ summary: 'Expected volume of business (Σ amount × probability) by expected-close month, owner and/or stage, and what was won' })
  @ExportableResponse(PipelineForecastDto, REPORT_FORMATS)
  @ApiErrors([400, 401, 403, 429, 503])
  async forecast(@Query() query: PipelineForecastQueryDto, @CurrentActor() actor: Actor, @Headers('accept') accept?: string) {
    const forecast = await this.pipeline.forecast(query, actor);
    return reportAnswer(query, accept, { name: 'pipeline-forecast', money: ['amount', 'weighted'] }, forecast, { open: forecast.open, won: forecast.won });
  }

  @Get('pipeline/conversion')
  @ApiOperation({ summary: 'Per stage: deals that entered, went on or were won, conversion and win rates, average days in the stage' })
  @ExportableResponse(PipelineConversionDto, REPORT_FORMATS)
  @ApiErrors([400, 401, 403, 429, 503])
  async conversion(@Query() query: PipelineReportQueryDto, @CurrentActor() actor: Actor, @Headers('accept') accept?: string) {
    const conversion = await this.pipeline.conversion(query, actor);
    return reportAnswer(query, accept, { name: 'pipeline-conversion', money: [] }, conversion, { stages: conversion.stages });
  }

  @Put('pipeline/stages')
  @Roles('admin')
  @WriteRoute()
  @ApiOperation({ summary: 'Define the board’s stages and their default probabilities (replaces the definition)' })
  @ApiOkResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 415, 429, 503])
  defineStages(@Body() body: DefineStagesDto, @Write() write: WriteContext) {
    return this.pipeline.defineStages(body, write);
  }
}
