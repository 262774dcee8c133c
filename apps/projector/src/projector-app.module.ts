import { TelemetryModule } from '@crm/telemetry';
import type { DynamicModule } from '@nestjs/common';
import { ConfigModule, type CrmConfig } from '@crm/config';
import { CryptoModule } from '@crm/crypto';
import { DatabaseModule, type Databases } from '@crm/database';
import { LifecycleSweepModule } from '@crm/projections';
import { SegmentSweepModule } from '../../../projections/segments/index.js';
import { projectionsModule } from './projections.module.js';

export class ProjectorAppModule {
  static forRoot(config: CrmConfig, databases: Databases): DynamicModule {
    return {
      module: ProjectorAppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(databases), TelemetryModule.forRoot('projector'), CryptoModule, projectionsModule({ run: true }), LifecycleSweepModule, SegmentSweepModule],
    };
  }
}
