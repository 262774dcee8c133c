import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { CustomerHistoryService } from './customer-history.service.js';
import { CustomerStateDto } from './dto/customer-state.dto.js';
import { HistoryPageDto } from './dto/history-page.dto.js';
import { HistoryQueryDto } from './dto/history-query.dto.js';
import { StateQueryDto } from './dto/state-query.dto.js';
import { ReadsPersonalData } from './reads-personal-data.decorator.js';

@ApiTags('customers')
@Controller('customers/:id')
@Roles('operator', 'compliance')
@ApiErrors([400, 401, 403, 404, 429, 503])
export class CustomerHistoryController {
  constructor(private readonly history: CustomerHistoryService) {}

  @Get('history')
  @ReadsPersonalData('history')
  @ApiOperation({ summary: 'Every event of the customer, in order, upcast to the current schemas; paged by revision' })
  @ApiOkResponse({ type: HistoryPageDto })
  page(@Param('id') id: string, @Query() query: HistoryQueryDto) {
    return this.history.page(id, query);
  }

  @Get('state')
  @ReadsPersonalData('state')
  @ApiOperation({ summary: 'The customer’s state folded from the events recorded up to asOf and, with validAt, that had happened by validAt' })
  @ApiOkResponse({ type: CustomerStateDto })
  state(@Param('id') id: string, @Query() query: StateQueryDto) {
    const instant = (text: string | undefined) => (text === undefined ? undefined : new Date(text));
    return this.history.state(id, instant(query.asOf), instant(query.validAt));
  }
}
