import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { LeadFollowUpJobs } from './lead-follow-up.jobs.js';
import { LeadFollowUpService } from './lead-follow-up.service.js';

@Module({ imports: [CommandsModule], providers: [LeadFollowUpJobs, LeadFollowUpService] })
export class LeadFollowUpModule {}
