import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ProjectionNameParams } from './projection-name.params.js';
import { ProjectionsService, type ProjectionReport, type RebuildRun } from './projections.service.js';

@ApiTags('projections')
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @Roles('analyst')
  @ApiOperation({ summary: 'Every projection: state, checkpoint, lag in events and ms, last error, rebuild progress' })
  list(): Promise<ProjectionReport[]> {
    return this.projections.list();
  }

  @Get(':name')
  @Roles('analyst')
  @ApiOperation({ summary: 'One projection’s status, with the rebuild this api process last ran for it' })
  get(@Param() params: ProjectionNameParams): Promise<ProjectionReport> {
    return this.projections.get(params.name);
  }

  @Post(':name/rebuild')
  @Roles('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Rebuilds a projection from the whole log in the background (202); follow it at statusUrl' })
  async rebuild(@Param() params: ProjectionNameParams): Promise<{ projection: string; statusUrl: string; run: RebuildRun }> {
    const run = await this.projections.rebuild(params.name);
    return { projection: params.name, statusUrl: `/projections/${params.name}`, run };
  }
}
