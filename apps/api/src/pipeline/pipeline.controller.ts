import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { ApiErrors } from '#crm/http';
import { WriteAnswerDto } from '../customers/dto/write-answers.dto.js';
import { CustomerIdParams as DealIdParams } from '../directory/customer-id.params.js';
import { DefineStagesDto } from './define-stages.dto.js';
import { DealListQueryDto, PipelineForecastQueryDto, PipelineOwnerQueryDto } from './pipeline-query.dto.js';
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
  @ApiOperation({ summary: 'Open deals by stage, with counts, amounts and weighted amounts per currency' })
  @ApiOkResponse({ type: PipelineBoardDto })
  @ApiErrors([400, 401, 403, 429, 503])
  board(@Query() query: PipelineOwnerQueryDto, @CurrentActor() actor: Actor) {
    return this.pipeline.board(query, actor);
  }

  @Get('pipeline/forecast')
  @ApiOperation({ summary: 'Expected volume of business (Σ amount × probability) by expected-close month, owner and/or stage, and what was won' })
  @ApiOkResponse({ type: PipelineForecastDto })
  @ApiErrors([400, 401, 403, 429, 503])
  forecast(@Query() query: PipelineForecastQueryDto, @CurrentActor() actor: Actor) {
    return this.pipeline.forecast(query, actor);
  }

  @Get('pipeline/conversion')
  @ApiOperation({ summary: 'Per stage: deals that entered, went on or were won, conversion and win rates, average days in the stage' })
  @ApiOkResponse({ type: PipelineConversionDto })
  @ApiErrors([400, 401, 403, 429, 503])
  conversion(@Query() query: PipelineOwnerQueryDto, @CurrentActor() actor: Actor) {
    return this.pipeline.conversion(query, actor);
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
