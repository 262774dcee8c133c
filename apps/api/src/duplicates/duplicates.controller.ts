import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { DuplicatesPageDto, DuplicatesQueryDto } from './duplicates.dto.js';
import { DuplicatesService } from './duplicates.service.js';

@ApiTags('duplicates')
@Controller('duplicates')
@Roles('operator', 'analyst')
export class DuplicatesController {
  constructor(private readonly duplicates: DuplicatesService) {}

  @Get()
  @ApiOperation({
    summary:
      'Candidate duplicates: pairs of customers with one normalised email or phone, or one name within an organization or postal code; strongest first, cursor paging. Ids only: no personal data.',
  })
  @ApiOkResponse({ type: DuplicatesPageDto })
  @ApiErrors([400, 401, 403, 429, 503])
  list(@Query() query: DuplicatesQueryDto) {
    return this.duplicates.list(query);
  }
}
