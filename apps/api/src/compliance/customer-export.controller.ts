import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { PersonalDataAccess } from '#crm/compliance';
import { CustomerExportService } from '#crm/exports';
import { AccessReasonQueryDto } from './access-reason-query.dto.js';

@ApiTags('compliance')
@Controller('customers/:id/export')
@Roles('compliance')
export class CustomerExportController {
  constructor(private readonly exports: CustomerExportService) {}

  @Get()
  @PersonalDataAccess({ action: 'export', reasonRequired: true })
  @ApiHeader({ name: 'X-Access-Reason', required: false, description: 'Why the data is exported (or ?reason=); one of the two is required' })
  @ApiOperation({ summary: 'Everything held about the person as JSON: decrypted history, current state, consents, lifecycle, access log' })
  export(@Param('id') id: string, @Query() _query: AccessReasonQueryDto) {
    return this.exports.export(id);
  }
}
