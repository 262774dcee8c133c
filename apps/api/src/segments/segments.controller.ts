import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { DefineSegmentDto, IdParams, MembersQueryDto, MovementsQueryDto, PreviewSegmentDto, SegmentMovementsDto, SegmentPreviewDto } from './segment.dto.js';
import { SegmentsService } from './segments.service.js';

@ApiTags('segments')
@Controller('segments')
@Roles('analyst')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Post()
  @WriteRoute()
  @ApiOperation({ summary: 'Define a segment by a rule over customer facts; its members are kept current from then on' })
  define(@Body() body: DefineSegmentDto, @Write() write: WriteContext) {
    return this.segments.define(body, write);
  }

  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'How many customers a rule matches now, evaluated over the read model; nothing is written' })
  @ApiOkResponse({ type: SegmentPreviewDto })
  preview(@Body() body: PreviewSegmentDto): Promise<SegmentPreviewDto> {
    return this.segments.preview(body.rule);
  }

  @Get()
  @ApiOperation({ summary: 'Every segment with its rule and member count' })
  list() {
    return this.segments.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One segment' })
  get(@Param() params: IdParams) {
    return this.segments.get(params.id);
  }

  @Get(':id/members')
  @ApiOperation({ summary: 'Current members in order of entry, with the time each entered; cursor paging' })
  members(@Param() params: IdParams, @Query() query: MembersQueryDto) {
    return this.segments.members(params.id, query);
  }

  @Get(':id/movements')
  @ApiOperation({ summary: 'Entries and exits per day, week or month (UTC), from every stay in the segment' })
  @ApiOkResponse({ type: SegmentMovementsDto })
  movements(@Param() params: IdParams, @Query() query: MovementsQueryDto): Promise<SegmentMovementsDto> {
    return this.segments.movements(params.id, query);
  }
}
