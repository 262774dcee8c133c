import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { ProjectionNameParams } from './projection-name.params.js';
import { ProjectionReportDto, RebuildStartedDto } from './projection-report.dto.js';
import { ProjectionsService } from './projections.service.js';

@ApiTags('projections')
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @Roles('analyst')
  @ApiOperation({ summary: 'Every projection: state, checkpoint, lag in events and ms, last error, rebuild progress' })
  @ApiOkResponse({ type: [ProjectionReportDto] })
  @ApiErrors([400, 401, 403, 429, 503])
  list(): Promise<ProjectionReportDto[]> {
    return this.projections.list();
  }

  @Get(':name')
  @Roles('analyst')
  @ApiOperation({ summary: 'One projection’s status, with the rebuild this api process last ran for it' })
  @ApiOkResponse({ type: ProjectionReportDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  get(@Param() params: ProjectionNameParams): Promise<ProjectionReportDto> {
    return this.projections.get(params.name);
  }

  @Post(':name/rebuild')
  @Roles('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Rebuilds a projection from the whole log in the background (202); follow it at statusUrl' })
  @ApiAcceptedResponse({ type: RebuildStartedDto })
  @ApiErrors([400, 401, 403, 404, 409, 429, 503], { 409: 'The projection is already being rebuilt, here or in another process' })
  async rebuild(@Param() params: ProjectionNameParams): Promise<RebuildStartedDto> {
    const run = await this.projections.rebuild(params.name);
    return { projection: params.name, statusUrl: `/projections/${params.name}`, run };
  }
}
