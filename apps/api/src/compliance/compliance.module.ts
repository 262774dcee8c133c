import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { AccessLogModule } from '#crm/compliance';
import { CryptoModule } from '#crm/crypto';
import { AuditModule } from '../audit/audit.module.js';
import { AccessLogController } from './access-log.controller.js';
import { CustomerExportController } from './customer-export.controller.js';
import { CustomerExportService } from '#crm/exports';
import { ErasureController } from './erasure.controller.js';
import { ErasureService } from './erasure.service.js';

/** Compliance over HTTP: the audit log and its verification, the access log, export and erasure. */
@Module({
  imports: [CryptoModule, AccessLogModule, CommandsModule, AuditModule],
  controllers: [ErasureController, CustomerExportController, AccessLogController],
  providers: [ErasureService, CustomerExportService],
})
export class ComplianceModule {}
