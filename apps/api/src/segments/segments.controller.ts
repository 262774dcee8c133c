import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { DefineSegmentDto, IdParams, MembersQueryDto } from './segment.dto.js';
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
}
