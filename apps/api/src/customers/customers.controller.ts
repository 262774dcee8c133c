import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { Roles } from '#crm/auth';
import { AccessReasonQueryDto } from '../compliance/access-reason-query.dto.js';
import { CustomerHistoryService } from './customer-history.service.js';
import { CustomerRecordService } from './customer-record.service.js';
import { AssignOwnerDto } from './dto/assign-owner.dto.js';
import { ChangeCustomerDto } from './dto/change-customer.dto.js';
import { ConsentDto } from './dto/consent.dto.js';
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
  register(@Body() body: RegisterCustomerDto, @Write() write: WriteContext) {
    return this.record.register(body, write);
  }

  @Get(':id')
  @Roles('operator', 'compliance')
  @ReadsPersonalData('state')
  @ApiOperation({ summary: 'The customer’s current state, folded from its events' })
  get(@Param('id') id: string, @Query() _query: AccessReasonQueryDto) {
    return this.history.current(id);
  }

  @Patch(':id')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Change contact details and attributes; only what differs is recorded' })
  @ApiOkResponse({ type: WriteAnswerDto })
  change(@Param('id') id: string, @Body() body: ChangeCustomerDto, @Write() write: WriteContext) {
    return this.record.change(id, body, write);
  }

  @Post(':id/consents')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Record consent given or withdrawn on a channel' })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  consent(@Param('id') id: string, @Body() body: ConsentDto, @Write() write: WriteContext) {
    return this.record.consent(id, body, write);
  }

  @Post(':id/owner')
  @Roles('operator')
  @WriteRoute()
  @ApiOperation({ summary: 'Assign the staff member who owns the relationship' })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  assignOwner(@Param('id') id: string, @Body() body: AssignOwnerDto, @Write() write: WriteContext) {
    return this.record.assignOwner(id, body, write);
  }
}
