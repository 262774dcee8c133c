import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { FollowUpsQueryDto } from './followups-query.dto.js';
import { FollowUpsService, type FollowUpsView } from './followups.service.js';

@ApiTags('follow-ups')
@Controller('followups')
@Roles('operator', 'analyst')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get()
  @ApiOperation({ summary: 'Open and overdue lead follow-ups, per owner' })
  list(@Query() query: FollowUpsQueryDto): Promise<FollowUpsView> {
    return this.followUps.list(query);
  }
}
