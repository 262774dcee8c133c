import { Module } from '@nestjs/common';
import { TimelineLiveController } from './timeline-live.controller.js';
import { TimelineController } from './timeline.controller.js';
import { TimelineService } from './timeline.service.js';

@Module({ controllers: [TimelineController, TimelineLiveController], providers: [TimelineService] })
export class TimelineModule {}
