import { Module } from '@nestjs/common';
import { CommandsModule } from '#crm/commands';
import { PipelineController } from './pipeline.controller.js';
import { PipelineService } from './pipeline.service.js';

@Module({ imports: [CommandsModule], controllers: [PipelineController], providers: [PipelineService] })
export class PipelineModule {}
