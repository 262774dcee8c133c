import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#crm/auth';
import { describeVerifyReport, verifyLog } from '#crm/compliance';
import { EVENT_STORE, type EventStore } from '#crm/event-store';

@ApiTags('audit')
@Controller('audit/verify')
@Roles('compliance')
export class AuditVerifyController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @ApiOperation({ summary: 'Walk the whole log and check every stream’s hash chain: intact, or the first event that does not match and why' })
  async verify() {
    const report = await verifyLog(this.store);
    return { ...report, summary: describeVerifyReport(report) };
  }
}
