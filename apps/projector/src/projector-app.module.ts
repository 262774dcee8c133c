import type { DynamicModule } from '@nestjs/common';
import { ConfigModule, type CrmConfig } from '#crm/config';
import { CryptoModule } from '#crm/crypto';
import { DatabaseModule, type Databases } from '#crm/database';
import { LifecycleSweepModule, SegmentSweepModule, projectionsModule } from '#crm/projections';

export class ProjectorAppModule {
  static forRoot(config: CrmConfig, databases: Databases): DynamicModule {
    return {
      module: ProjectorAppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(databases), CryptoModule, projectionsModule({ run: true }), LifecycleSweepModule, SegmentSweepModule],
    };
  }
}
