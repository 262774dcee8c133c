import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { AccessReasonQueryDto } from '../compliance/access-reason-query.dto.js';
import { CustomerHistoryService } from './customer-history.service.js';
import { CustomerRecordService } from './customer-record.service.js';
import { AssignOwnerDto } from './dto/assign-owner.dto.js';
import { ChangeCustomerDto } from './dto/change-customer.dto.js';
import { ConsentDto } from './dto/consent.dto.js';
import { CustomerStateDto } from './dto/customer-state.dto.js';
import { RegisterCustomerDto } from './dto/register-customer.dto.js';
import { CreatedRecordDto, WriteAnswerDto } from './dto/write-answers.dto.js';
import { ReadsPersonalData } from './reads-personal-data.decorator.js';

@ApiTags('customers')
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly record: CustomerRecordService,
    private readonly history: CustomerHistoryService,
  ) {}

  @Post()
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Register a person or an organization' })
  @ApiCreatedResponse({ type: CreatedRecordDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503], { 404: 'organizationId names no organization (the answer names the field)' })
  register(@Body() body: RegisterCustomerDto, @Write() write: WriteContext) {
    return this.record.register(body, write);
  }

  @Get(':id')
  @Roles('operator', 'compliance')
  @ReadsPersonalData('state')
  @ApiOperation({ summary: 'The customer’s current state, folded from its events' })
  @ApiOkResponse({ type: CustomerStateDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  get(@Param('id') id: string, @Query() _query: AccessReasonQueryDto) {
    return this.history.current(id);
  }

  @Patch(':id')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Change contact details and attributes; only what differs is recorded' })
  @ApiOkResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  change(@Param('id') id: string, @Body() body: ChangeCustomerDto, @Write() write: WriteContext) {
    return this.record.change(id, body, write);
  }

  @Post(':id/consents')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Record consent given or withdrawn on a channel' })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  consent(@Param('id') id: string, @Body() body: ConsentDto, @Write() write: WriteContext) {
    return this.record.consent(id, body, write);
  }

  @Post(':id/owner')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Assign the staff member who owns the relationship' })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 415, 429, 503])
  assignOwner(@Param('id') id: string, @Body() body: AssignOwnerDto, @Write() write: WriteContext) {
    return this.record.assignOwner(id, body, write);
  }
}
