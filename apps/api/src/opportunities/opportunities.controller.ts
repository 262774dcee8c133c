import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '#crm/http';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { CreatedRecordDto, WriteAnswerDto } from '../customers/dto/write-answers.dto.js';
import { ChangeStageDto } from './dto/change-stage.dto.js';
import { LoseOpportunityDto } from './dto/lose-opportunity.dto.js';
import { OpenOpportunityDto } from './dto/open-opportunity.dto.js';
import { UpdateOpportunityDto } from './dto/update-opportunity.dto.js';
import { WinOpportunityDto } from './dto/win-opportunity.dto.js';
import { OpportunitiesService } from './opportunities.service.js';

@ApiTags('opportunities')
@Controller('opportunities')
@Roles('operator')
export class OpportunitiesController {
  constructor(private readonly opportunities: OpportunitiesService) {}

  @Post()
  @WriteRoute()
  @ApiOperation({ summary: 'Open a deal with a customer' })
  @ApiCreatedResponse({ type: CreatedRecordDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503], { 404: 'No such customer, or one the caller may not see' })
  open(@Body() body: OpenOpportunityDto, @Write() write: WriteContext) {
    return this.opportunities.open(body, write);
  }

  @Patch(':id')
  @WriteRoute()
  @ApiOperation({ summary: 'Edit an open deal: amount, owner, interest, expected close date, product (only what is sent changes)' })
  @ApiOkResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 409, 415, 429, 503], { 409: 'The deal is closed' })
  update(@Param('id') id: string, @Body() body: UpdateOpportunityDto, @Write() write: WriteContext) {
    return this.opportunities.update(id, body, write);
  }

  @Post(':id/stage')
  @WriteRoute()
  @ApiOperation({ summary: 'Move an open deal to another stage' })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  changeStage(@Param('id') id: string, @Body() body: ChangeStageDto, @Write() write: WriteContext) {
    return this.opportunities.changeStage(id, body, write);
  }

  @Post(':id/win')
  @WriteRoute()
  @ApiOperation({ summary: 'Close a deal as won (final)' })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  win(@Param('id') id: string, @Body() body: WinOpportunityDto, @Write() write: WriteContext) {
    return this.opportunities.win(id, body, write);
  }

  @Post(':id/lose')
  @WriteRoute()
  @ApiOperation({ summary: 'Close a deal as lost (final)' })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  lose(@Param('id') id: string, @Body() body: LoseOpportunityDto, @Write() write: WriteContext) {
    return this.opportunities.lose(id, body, write);
  }
}
