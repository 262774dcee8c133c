import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { ValidAtQueryDto } from '../time-travel/valid-at-query.dto.js';
import { CustomerSegmentsAtDto, CustomerSegmentsDto, IdParams } from './segment.dto.js';
import { SegmentsService } from './segments.service.js';

@ApiTags('segments')
@Controller('customers')
export class CustomerSegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Get(':id/segments')
  @Roles('operator', 'analyst')
  @ApiOperation({
    summary: "A customer's current segments and past stays, with entry and exit times; with validAt, the segments whose rules it matched at that business time",
  })
  @ApiExtraModels(CustomerSegmentsDto, CustomerSegmentsAtDto)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(CustomerSegmentsDto) }, { $ref: getSchemaPath(CustomerSegmentsAtDto) }] } })
  @ApiErrors([400, 401, 403, 404, 429, 503])
  ofCustomer(@Param() params: IdParams, @Query() query: ValidAtQueryDto) {
    return query.validAt === undefined ? this.segments.ofCustomer(params.id) : this.segments.ofCustomerAt(params.id, new Date(query.validAt));
  }
}
