import { Module } from '@nestjs/common';
import { CommandsModule } from '@crm/commands';
import { LeadsController } from './leads.controller.js';
import { LeadsService } from './leads.service.js';

@Module({ imports: [CommandsModule], controllers: [LeadsController], providers: [LeadsService] })
export class LeadsModule {}
