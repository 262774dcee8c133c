import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { IdParams } from './segment.dto.js';
import { SegmentsService } from './segments.service.js';

@ApiTags('segments')
@Controller('customers')
export class CustomerSegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Get(':id/segments')
  @Roles('operator', 'analyst')
  @ApiOperation({ summary: "A customer's current segments and past stays, with entry and exit times" })
  ofCustomer(@Param() params: IdParams) {
    return this.segments.ofCustomer(params.id);
  }
}
