import { Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditEventsService } from './audit-events.service.js';
import { AuditVerifyController } from './audit-verify.controller.js';

/** GET /audit/events, /audit/verify and /audit/seals, over the global EVENT_STORE, READ_DB and seal key. */
@Module({ controllers: [AuditEventsController, AuditVerifyController], providers: [AuditEventsService] })
export class AuditModule {}
