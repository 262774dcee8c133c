import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import type { CustomerLifecycleView } from '#crm/projections';
import { CustomerIdParams } from '../directory/customer-id.params.js';
import { CustomerLifecycleDto } from './customer-lifecycle.dto.js';
import { LifecycleService } from './lifecycle.service.js';

@ApiTags('read models')
@Controller('customers/:id/lifecycle')
@Roles('operator', 'analyst')
export class CustomerLifecycleController {
  constructor(private readonly lifecycle: LifecycleService) {}

  @Get()
  @ApiOperation({ summary: 'The customer’s lifecycle stage and grade now, and every transition with its cause (docs/lifecycle.md)' })
  @ApiOkResponse({ type: CustomerLifecycleDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  get(@Param() params: CustomerIdParams): Promise<CustomerLifecycleView> {
    return this.lifecycle.ofCustomer(params.id);
  }
}
