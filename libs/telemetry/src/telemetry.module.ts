import { Module, type DynamicModule } from '@nestjs/common';
import { PROJECTION_BATCH_OBSERVER } from '@crm/projection-runner';
import { AppendTelemetry } from './append-telemetry.js';
import { CrmMetrics, type AppName } from './crm-metrics.js';
import { HttpMetrics } from './http-metrics.js';
import { MetricsCollectors } from './metrics-collectors.js';
import { MetricsServer } from './metrics-server.js';

/** Metrics (and their listener) for one app; needs CrmConfig and READ_DB, uses what else the app has. */
@Module({})
export class TelemetryModule {
  static forRoot(app: AppName): DynamicModule {
    return {
      module: TelemetryModule,
      global: true,
      providers: [
        { provide: CrmMetrics, useFactory: () => new CrmMetrics(app) },
        { provide: PROJECTION_BATCH_OBSERVER, useFactory: (metrics: CrmMetrics) => metrics.observeBatch, inject: [CrmMetrics] },
        AppendTelemetry,
        HttpMetrics,
        MetricsCollectors,
        MetricsServer,
      ],
      exports: [CrmMetrics, PROJECTION_BATCH_OBSERVER, AppendTelemetry, MetricsServer],
    };
  }
}
