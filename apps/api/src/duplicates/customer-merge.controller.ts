import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { Write, WriteRoute, type WriteContext } from '#crm/commands';
import { ApiErrors } from '#crm/http';
import { WriteAnswerDto } from '../customers/dto/write-answers.dto.js';
import { CustomerIdParams } from '../directory/customer-id.params.js';
import { CustomerMergeService } from './customer-merge.service.js';
import { MergeDto } from './merge.dto.js';

@ApiTags('duplicates')
@Controller('customers')
@Roles('operator')
export class CustomerMergeController {
  constructor(private readonly merges: CustomerMergeService) {}

  @Post(':id/merge')
  @WriteRoute()
  @ApiOperation({
    summary: 'Merge another record of the same person into this one',
    description:
      'Records CustomerAbsorbed on `from` and CustomerMerged here: the timeline shows both histories, the directory and the duplicates list drop `from`, and `from` answers with `mergedInto`; nothing more can be recorded on it. Sending it again finishes an interrupted merge and changes nothing after a complete one. Revision and events are this record’s.',
  })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 409, 415, 429, 503], {
    409: 'Either record is erased, `from` is merged elsewhere or holds merged records, or this one was merged away',
  })
  merge(@Param() params: CustomerIdParams, @Body() body: MergeDto, @Write() write: WriteContext) {
    return this.merges.merge(params.id, body, write);
  }

  @Post(':id/unmerge')
  @WriteRoute()
  @ApiOperation({
    summary: 'Give a merged record back: both stand alone again, each with its own history',
    description: 'Records CustomerRestored on `from` and CustomerUnmerged here. Sending it again finishes an interrupted unmerge.',
  })
  @ApiCreatedResponse({ type: WriteAnswerDto })
  @ApiErrors([400, 401, 403, 404, 409, 415, 429, 503], { 409: '`from` is not merged into this record, or the revision moved (If-Match)' })
  unmerge(@Param() params: CustomerIdParams, @Body() body: MergeDto, @Write() write: WriteContext) {
    return this.merges.unmerge(params.id, body, write);
  }
}
