import { Module, type DynamicModule } from '@nestjs/common';
import { PROJECTION_BATCH_OBSERVER, type BatchObserver } from '#crm/projection-runner';
import { AppendTelemetry } from './append-telemetry.js';
import { CrmMetrics, type AppName } from './crm-metrics.js';
import { HttpTelemetry } from './http-telemetry.js';
import { MetricsCollectors } from './metrics-collectors.js';
import { MetricsServer } from './metrics-server.js';
import { Tracing } from './tracing.js';

/** Metrics (and their listener) and tracing for one app; needs CrmConfig and READ_DB, uses what else the app has. */
@Module({})
export class TelemetryModule {
  static forRoot(app: AppName): DynamicModule {
    return {
      module: TelemetryModule,
      global: true,
      providers: [
        { provide: CrmMetrics, useFactory: () => new CrmMetrics(app) },
        {
          provide: PROJECTION_BATCH_OBSERVER,
          useFactory: (metrics: CrmMetrics, tracing: Tracing): BatchObserver => (batch) => {
            metrics.observeBatch(batch);
            tracing.recordBatch(batch.projection, batch.correlationIds, batch.durationMs);
          },
          inject: [CrmMetrics, Tracing],
        },
        AppendTelemetry,
        HttpTelemetry,
        Tracing,
        MetricsCollectors,
        MetricsServer,
      ],
      exports: [CrmMetrics, PROJECTION_BATCH_OBSERVER, AppendTelemetry, MetricsServer, Tracing],
    };
  }
}
