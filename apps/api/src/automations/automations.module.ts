import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { AutomationsController } from './automations.controller.js';
import { AutomationsService } from './automations.service.js';

@Module({ imports: [CommandsModule], controllers: [AutomationsController], providers: [AutomationsService] })
export class AutomationsModule {}
