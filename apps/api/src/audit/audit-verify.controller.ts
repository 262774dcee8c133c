import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { Roles } from '#crm/auth';
import { ApiErrors } from '#crm/http';
import { describeVerifyReport, SealStore, verifyLog, type AuditDatabase } from '#crm/compliance';
import { SealKey } from '#crm/crypto';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { READ_DB } from '#crm/read-store';
import { AuditSealsDto } from './audit-seals.dto.js';
import { VerifyReportDto } from './verify-report.dto.js';

@ApiTags('audit')
@Controller('audit')
@Roles('compliance')
@ApiErrors([400, 401, 403, 429, 503])
export class AuditVerifyController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DB) private readonly db: Kysely<AuditDatabase>,
    private readonly sealKey: SealKey,
  ) {}

  @Get('verify')
  @ApiOperation({
    summary:
      'Walk the event log and the access log: every stream’s hash chain, every item against the signed seals; intact, or every problem found (the first 100, and their count)',
  })
  @ApiOkResponse({ type: VerifyReportDto })
  async verify(): Promise<VerifyReportDto> {
    const report = await verifyLog({ store: this.store, db: this.db, publicKey: this.sealKey.publicKey });
    return { ...report, summary: describeVerifyReport(report) };
  }

  @Get('seals')
  @ApiOperation({ summary: 'Every seal of the event log and of the access log (without their entries), and the public key that verifies them' })
  @ApiOkResponse({ type: AuditSealsDto })
  async seals(): Promise<AuditSealsDto> {
    const seals = new SealStore(this.db);
    return {
      keyId: this.sealKey.id,
      publicKey: this.sealKey.publicKey.pem,
      events: await seals.list('events'),
      access: await seals.list('access'),
    };
  }
}
