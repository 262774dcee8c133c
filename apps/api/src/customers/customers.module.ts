import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { CustomerHistoryController } from './customer-history.controller.js';
import { CustomerHistoryService } from './customer-history.service.js';
import { CustomerRecordService } from './customer-record.service.js';
import { CustomersController } from './customers.controller.js';
import { OrganizationLinks } from './organization-links.js';
import { CustomerStateSnapshots } from './state-snapshots/customer-state-snapshots.js';
import { TouchCorrectionsController } from './corrections/touch-corrections.controller.js';
import { TouchCorrectionsService } from './corrections/touch-corrections.service.js';
import { TouchesController } from './touches/touches.controller.js';
import { TouchesService } from './touches/touches.service.js';

@Module({
  imports: [CommandsModule],
  controllers: [CustomersController, CustomerHistoryController, TouchesController, TouchCorrectionsController],
  providers: [CustomerRecordService, OrganizationLinks, CustomerHistoryService, CustomerStateSnapshots, TouchesService, TouchCorrectionsService],
})
export class CustomersModule {}
