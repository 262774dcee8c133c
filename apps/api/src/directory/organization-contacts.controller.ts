import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '#crm/http';
import type { FastifyRequest } from 'fastify';
import { CurrentActor, Roles, type Actor } from '#crm/auth';
import { accessReasonOf } from '#crm/compliance';
import { CustomerIdParams } from './customer-id.params.js';
import { DirectoryPageDto } from './directory-page.dto.js';
import { ContactsQueryDto } from './directory-query.dto.js';
import { DirectoryService, type DirectoryAnswer } from './directory.service.js';

@ApiTags('read models')
@Controller('customers/:id/contacts')
@Roles('operator', 'analyst')
export class OrganizationContactsController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @ApiOperation({
    summary:
      "An organization's people with their role there (organizationRole), by name; cursor paging. " +
      'As the directory: pages with personal data go to the access log, analysts get rows without name, email, phone or city.',
  })
  @ApiOkResponse({ type: DirectoryPageDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  contacts(
    @Param() params: CustomerIdParams,
    @Query() query: ContactsQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
  ): Promise<DirectoryAnswer> {
    return this.directory.contacts(params.id, query, { actor, reason: accessReasonOf(request, false), route: `GET ${request.routeOptions.url}` });
  }
}
