import type { DynamicModule } from '@nestjs/common';
import { ConfigModule, type CrmConfig } from '#crm/config';
import { CryptoModule } from '#crm/crypto';
import { DatabaseModule, type Databases } from '#crm/database';
import { JobsModule } from '#crm/jobs';
import { WorkerModule } from './worker.module.js';

export class WorkerAppModule {
  static forRoot(config: CrmConfig, databases: Databases): DynamicModule {
    return {
      module: WorkerAppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(databases), CryptoModule, JobsModule, WorkerModule],
    };
  }
}
