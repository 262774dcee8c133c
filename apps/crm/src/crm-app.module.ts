import type { DynamicModule } from '@nestjs/common';
import { ConfigModule, type CrmConfig } from '#crm/config';
import { CryptoModule } from '#crm/crypto';
import { DatabaseModule, type Databases } from '#crm/database';
import { JobsModule } from '#crm/jobs';
import { LifecycleSweepModule, projectionsModule, SegmentSweepModule } from '#crm/projections';
import { ApiModule } from '../../api/src/index.js';
import { WorkerModule } from '../../worker/src/index.js';

/** api + projector + worker in one process: what `npm start` runs. */
export class CrmAppModule {
  static forRoot(config: CrmConfig, databases: Databases): DynamicModule {
    return {
      module: CrmAppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databases),
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
