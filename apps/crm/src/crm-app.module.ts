import { TelemetryModule } from '@crm/telemetry';
import type { DynamicModule } from '@nestjs/common';
import { ConfigModule, type CrmConfig } from '@crm/config';
import { CryptoModule } from '@crm/crypto';
import { DatabaseModule, type Databases } from '@crm/database';
import { JobsModule } from '@crm/jobs';
import { LifecycleSweepModule } from '@crm/projections';
import { ApiModule } from '../../api/src/api.module.js';
import { SegmentSweepModule } from '../../../projections/segments/index.js';
import { projectionsModule } from '../../projector/src/projections.module.js';
import { WorkerModule } from '../../worker/src/worker.module.js';

/** api + projector + worker in one process: what `npm start` runs. */
export class CrmAppModule {
  static forRoot(config: CrmConfig, databases: Databases): DynamicModule {
    return {
      module: CrmAppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databases),
        TelemetryModule.forRoot('crm'),
        CryptoModule,
        JobsModule,
        projectionsModule({ run: true }),
        LifecycleSweepModule,
        SegmentSweepModule,
        ApiModule,
        WorkerModule,
      ],
    };
  }
}
