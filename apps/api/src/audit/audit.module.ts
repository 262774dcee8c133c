import { Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditEventsService } from './audit-events.service.js';
import { AuditVerifyController } from './audit-verify.controller.js';

/** GET /audit/events and /audit/verify, over the global EVENT_STORE and READ_DB. */
@Module({ controllers: [AuditEventsController, AuditVerifyController], providers: [AuditEventsService] })
export class AuditModule {}
