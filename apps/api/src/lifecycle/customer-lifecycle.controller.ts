import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import type { CustomerLifecycleView } from '#crm/projections';
import { CustomerIdParams } from '../directory/customer-id.params.js';
import { LifecycleService } from './lifecycle.service.js';

@ApiTags('read models')
@Controller('customers/:id/lifecycle')
@Roles('operator', 'analyst')
export class CustomerLifecycleController {
  constructor(private readonly lifecycle: LifecycleService) {}

  @Get()
  @ApiOperation({ summary: 'The customer’s lifecycle stage and grade now, and every transition with its cause (docs/lifecycle.md)' })
  get(@Param() params: CustomerIdParams): Promise<CustomerLifecycleView> {
    return this.lifecycle.ofCustomer(params.id);
  }
}
