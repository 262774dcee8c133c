import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { AssignmentRulesController } from './assignment-rules.controller.js';
import { AssignmentRulesService } from './assignment-rules.service.js';

@Module({ imports: [CommandsModule], controllers: [AssignmentRulesController], providers: [AssignmentRulesService] })
export class AssignmentRulesModule {}
