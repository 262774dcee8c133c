import type { DynamicModule } from '@nestjs/common';
import { ProjectionRunnerModule } from '@crm/projection-runner';
import { allProjections } from '@crm/projections';
import { READ_DB } from '@crm/read-store';

/**
 * The projection runner over the read store, global so /health and the projection endpoints see
 * its status. `run: false` (an api alone) reads status and starts rebuilds without projecting.
 */
export function projectionsModule(options: { run: boolean }): DynamicModule {
  return {
    ...ProjectionRunnerModule.register({ projections: allProjections, database: { useExisting: READ_DB }, run: options.run }),
    global: true,
  };
}
