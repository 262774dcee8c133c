import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { LeadBodyLimit } from './lead-body-limit.js';
import { LEAD_PROTECTION, leadProtectionFrom } from './lead-protection.js';
import { LeadRateLimitGuard } from './lead-rate-limit.guard.js';
import { LeadsController } from './leads.controller.js';
import { LeadsService } from './leads.service.js';

@Module({
  imports: [CommandsModule],
  controllers: [LeadsController],
  providers: [LeadsService, LeadBodyLimit, LeadRateLimitGuard, { provide: LEAD_PROTECTION, useFactory: () => leadProtectionFrom() }],
})
export class LeadsModule {}
