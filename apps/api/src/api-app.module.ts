import { TelemetryModule } from '#crm/telemetry';
import type { DynamicModule } from '@nestjs/common';
import { ConfigModule, type CrmConfig } from '#crm/config';
import { CryptoModule } from '#crm/crypto';
import { DatabaseModule, type Databases } from '#crm/database';
import { JobsModule } from '#crm/jobs';
import { projectionsModule } from '#crm/projections';
import { ApiModule } from './api.module.js';

/** The api alone: it reports on and rebuilds projections, a separate projector runs them. */
export class ApiAppModule {
  static forRoot(config: CrmConfig, databases: Pick<Databases, 'eventStore' | 'readDb'> & Partial<Pick<Databases, 'replica'>>): DynamicModule {
    return {
      module: ApiAppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(databases), TelemetryModule.forRoot('api'), CryptoModule, JobsModule, projectionsModule({ run: false }), ApiModule],
    };
  }
}
