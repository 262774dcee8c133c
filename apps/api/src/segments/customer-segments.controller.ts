import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { CustomerSegmentsDto, IdParams } from './segment.dto.js';
import { SegmentsService } from './segments.service.js';

@ApiTags('segments')
@Controller('customers')
export class CustomerSegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Get(':id/segments')
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: "A customer's current segments and past stays, with entry and exit times" })
  @ApiOkResponse({ type: CustomerSegmentsDto })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  ofCustomer(@Param() params: IdParams) {
    return this.segments.ofCustomer(params.id);
  }
}
