import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '#crm/http';
import { FollowUpsViewDto } from './followups-view.dto.js';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { FollowUpsQueryDto } from './followups-query.dto.js';
import { FollowUpsService, type FollowUpsView } from './followups.service.js';

@ApiTags('follow-ups')
@Controller('followups')
@Roles('operator', 'analyst')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get()
  @ApiOperation({ summary: 'Open and overdue lead follow-ups, per owner' })
  @ApiOkResponse({ type: FollowUpsViewDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list(@Query() query: FollowUpsQueryDto, @CurrentActor() actor: Actor): Promise<FollowUpsView> {
    return this.followUps.list(query, actor);
  }
}
