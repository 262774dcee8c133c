import { Module } from '@nestjs/common';
import { ProjectionsController } from './projections.controller.js';
import { ProjectionsService } from './projections.service.js';

/** GET /projections, POST /projections/:name/rebuild: needs the app's ProjectionRunnerModule (global). */
@Module({ controllers: [ProjectionsController], providers: [ProjectionsService] })
export class ProjectionsHttpModule {}
