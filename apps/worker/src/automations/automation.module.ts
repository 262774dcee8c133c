import { Module } from '@nestjs/common';
import { MarketingPressureModule } from '#crm/campaigns';
import { CommandsModule } from '#crm/commands';
import { TransportModule } from '#crm/transport';
import { AutomationJobs } from './automation.jobs.js';
import { AutomationFiringService } from './automation-firing.service.js';
import { AutomationSweepService } from './automation-sweep.service.js';

/** Acts on automation firings the `automations` reactor wrote (docs/marketing.md). */
@Module({ imports: [CommandsModule, TransportModule, MarketingPressureModule], providers: [AutomationJobs, AutomationFiringService, AutomationSweepService] })
export class AutomationModule {}
