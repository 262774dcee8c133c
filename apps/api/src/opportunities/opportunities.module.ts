import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { OpportunitiesController } from './opportunities.controller.js';
import { OpportunitiesService } from './opportunities.service.js';

@Module({ imports: [CommandsModule], controllers: [OpportunitiesController], providers: [OpportunitiesService] })
export class OpportunitiesModule {}
