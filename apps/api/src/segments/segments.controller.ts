import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { ApiErrors } from '#crm/http';
import { WriteAnswerDto } from '../customers/dto/write-answers.dto.js';
import {
  DefineSegmentDto,
  IdParams,
  MembersQueryDto,
  MovementsQueryDto,
  PreviewSegmentDto,
  SegmentListDto,
  SegmentMembersPageDto,
  SegmentMovementsDto,
  SegmentPreviewDto,
  SegmentViewDto,
} from './segment.dto.js';
import { SegmentsService } from './segments.service.js';

@ApiTags('segments')
@Controller('segments')
@Roles('analyst')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Post()
  @WriteRoute()
  @ApiOperation({ summary: 'Define a segment by a rule over customer facts; its members are kept current from then on' })
  @ApiCreatedResponse({ type: WriteAnswerDto, description: 'id is the segment; its members follow once the projection has applied the definition' })
  @ApiErrors([400, 401, 403, 415, 429, 503])
  define(@Body() body: DefineSegmentDto, @Write() write: WriteContext) {
    return this.segments.define(body, write);
  }

  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'How many customers a rule matches now, evaluated over the read model; nothing is written' })
  @ApiOkResponse({ type: SegmentPreviewDto })
  @ApiErrors([400, 401, 403, 415, 429, 503])
  preview(@Body() body: PreviewSegmentDto): Promise<SegmentPreviewDto> {
    return this.segments.preview(body.rule);
  }

  @Get()
  @ApiOperation({ summary: 'Every segment with its rule and member count' })
  @ApiOkResponse({ type: SegmentListDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list(): Promise<SegmentListDto> {
    return this.segments.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One segment' })
  @ApiOkResponse({ type: SegmentViewDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  get(@Param() params: IdParams): Promise<SegmentViewDto> {
    return this.segments.get(params.id);
  }

  @Get(':id/members')
  @ApiOperation({ summary: 'Current members in order of entry, with the time each entered; with validAt, the members at that business time (rule evaluated then); cursor paging' })
  @ApiOkResponse({ type: SegmentMembersPageDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  members(@Param() params: IdParams, @Query() query: MembersQueryDto): Promise<SegmentMembersPageDto> {
    return this.segments.members(params.id, query);
  }

  @Get(':id/movements')
  @ApiOperation({ summary: 'Entries and exits per day, week or month (UTC), from every stay in the segment' })
  @ApiOkResponse({ type: SegmentMovementsDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  movements(@Param() params: IdParams, @Query() query: MovementsQueryDto): Promise<SegmentMovementsDto> {
    return this.segments.movements(params.id, query);
  }
}
