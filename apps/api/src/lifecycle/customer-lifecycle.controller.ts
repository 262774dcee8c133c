import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import type { CustomerLifecycleView } from '#crm/projections';
import { CustomerIdParams } from '../directory/customer-id.params.js';
import { ValidAtQueryDto } from '../time-travel/valid-at-query.dto.js';
import { CustomerLifecycleDto } from './customer-lifecycle.dto.js';
import { LifecycleService } from './lifecycle.service.js';

@ApiTags('read models')
@Controller('customers/:id/lifecycle')
@Roles('operator', 'analyst')
export class CustomerLifecycleController {
  constructor(private readonly lifecycle: LifecycleService) {}

  @Get()
  @ApiOperation({ summary: 'The customer’s lifecycle stage and grade now, or at business time validAt, and the transitions up to then with their causes (docs/lifecycle.md, docs/time-travel.md)' })
  @ApiOkResponse({ type: CustomerLifecycleDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  get(@Param() params: CustomerIdParams, @Query() query: ValidAtQueryDto): Promise<CustomerLifecycleView> {
    return this.lifecycle.ofCustomer(params.id, query.validAt === undefined ? undefined : new Date(query.validAt));
  }
}
