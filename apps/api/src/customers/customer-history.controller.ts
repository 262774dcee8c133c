import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { CustomerHistoryService } from './customer-history.service.js';
import { HistoryQueryDto } from './dto/history-query.dto.js';
import { StateQueryDto } from './dto/state-query.dto.js';
import { ReadsPersonalData } from './reads-personal-data.decorator.js';

@ApiTags('customers')
@Controller('customers/:id')
@Roles('operator', 'compliance')
export class CustomerHistoryController {
  constructor(private readonly history: CustomerHistoryService) {}

  @Get('history')
  @ReadsPersonalData('history')
  @ApiOperation({ summary: 'Every event of the customer, in order, upcast to the current schemas; paged by revision' })
  page(@Param('id') id: string, @Query() query: HistoryQueryDto) {
    return this.history.page(id, query);
  }

  @Get('state')
  @ReadsPersonalData('state')
  @ApiOperation({ summary: 'The customer’s state folded from the events recorded up to asOf' })
  state(@Param('id') id: string, @Query() query: StateQueryDto) {
    return this.history.state(id, query.asOf === undefined ? undefined : new Date(query.asOf));
  }
}
