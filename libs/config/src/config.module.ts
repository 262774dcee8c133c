import { Module, type DynamicModule } from '@nestjs/common';
import { CrmConfig } from './crm-config.js';

/** Provides CrmConfig everywhere; the entry point loads it first so a bad variable stops the start. */
@Module({})
export class ConfigModule {
  static forRoot(config: CrmConfig): DynamicModule {
    return { module: ConfigModule, global: true, providers: [{ provide: CrmConfig, useValue: config }], exports: [CrmConfig] };
  }
}
