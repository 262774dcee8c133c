import type { DynamicModule } from '@nestjs/common';
import { currentEventDecoder, EVENT_CODEC } from '#crm/commands';
import { CrmConfig } from '#crm/config';
import { ProjectionRunnerModule } from '#crm/projection-runner';
import { allProjections } from './all-projections.js';
import { READ_DB } from '#crm/read-store';

/**
 * The projection runner over the read store, global so /health and the projection endpoints see
 * its status. `run: false` (an api alone) reads status and starts rebuilds without projecting.
 * Projections get events decrypted (by the global CryptoModule's codec) and upcast.
 */
export function projectionsModule(options: { run: boolean }): DynamicModule {
  return {
    ...ProjectionRunnerModule.register({
      projections: allProjections,
      database: { useExisting: READ_DB },
      decode: { useFactory: currentEventDecoder, inject: [EVENT_CODEC] },
      run: options.run,
      horizonWarnMs: { useFactory: (config: CrmConfig) => config.horizonWarnMs, inject: [CrmConfig] },
    }),
    global: true,
  };
}
