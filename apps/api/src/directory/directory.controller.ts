import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '#crm/http';
import type { FastifyRequest } from 'fastify';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { accessReasonOf } from '#crm/compliance';
import { DirectoryPageDto } from './directory-page.dto.js';
import { DirectoryQueryDto } from './directory-query.dto.js';
import { DirectoryService, type DirectoryAnswer } from './directory.service.js';

@ApiTags('read models')
@Controller('customers')
@Roles('operator', 'analyst')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @ApiOperation({
    summary:
      'The customer directory by name: search (q) by name, email or phone; filter by stage, segment, owner, organization; cursor paging. ' +
      'Each page with personal data is recorded in the access log (X-Access-Reason or ?reason= says why); analysts get rows without name, email, phone or city, and no q.',
  })
  @ApiOkResponse({ type: DirectoryPageDto })
  @ApiErrors([400, 401, 403, 429, 503])
  search(@Query() query: DirectoryQueryDto, @CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<DirectoryAnswer> {
    return this.directory.search(query, { actor, reason: accessReasonOf(request, false), route: `GET ${request.routeOptions.url}` });
  }
}
