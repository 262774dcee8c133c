import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { TransportModule } from '#crm/transport';
import { LeadFollowUpJobs } from './lead-follow-up.jobs.js';
import { LeadFollowUpService } from './lead-follow-up.service.js';

@Module({ imports: [CommandsModule, TransportModule], providers: [LeadFollowUpJobs, LeadFollowUpService] })
export class LeadFollowUpModule {}
