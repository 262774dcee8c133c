import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { LifecycleModule } from '../lifecycle/lifecycle.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { ProjectionsHttpModule } from './projections-http.module.js';

/** The read models over HTTP (directory, timeline, lifecycle) and the projections behind them. */
@Module({ imports: [DirectoryModule, TimelineModule, LifecycleModule, ProjectionsHttpModule] })
export class ReadModelsModule {}
