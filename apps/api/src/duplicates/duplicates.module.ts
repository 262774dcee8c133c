import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { CustomerMergeController } from './customer-merge.controller.js';
import { CustomerMergeService } from './customer-merge.service.js';
import { DuplicatesController } from './duplicates.controller.js';
import { DuplicatesService } from './duplicates.service.js';

@Module({ imports: [CommandsModule], controllers: [DuplicatesController, CustomerMergeController], providers: [DuplicatesService, CustomerMergeService] })
export class DuplicatesModule {}
