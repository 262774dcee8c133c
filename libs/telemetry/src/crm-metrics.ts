import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Which process the series come from; the one-process `npm start` is 'crm'. */
export type AppName = 'api' | 'projector' | 'worker' | 'crm';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus series of one process, in a registry of its own (not prom-client's global one),
 * so apps started side by side in one process (tests, `npm start`) each report their own.
 */
export class CrmMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'crm_http_request_duration_seconds',
    help: 'HTTP requests by route template and status: latency (its _count is the request count)',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'crm_event_append_duration_seconds',
    help: 'Appends to the event log by outcome (ok, conflict, error)',
    labelNames: ['outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly appendConflicts = new Counter({
    name: 'crm_event_append_conflicts_total',
    help: 'Appends refused because the stream moved (expected revision); most are retried by the command pipeline',
    registers: [this.registry],
  });

  readonly projectionBatchDuration = new Histogram({
    name: 'crm_projection_batch_duration_seconds',
    help: 'Committed projection batches (apply + checkpoint in one transaction) by projection',
    labelNames: ['projection'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly projectionEventsApplied = new Counter({
    name: 'crm_projection_events_applied_total',
    help: 'Events applied by this process, by projection',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  constructor(readonly app: AppName) {
    this.registry.setDefaultLabels({ app });
    collectDefaultMetrics({ register: this.registry, prefix: 'crm_' });
  }

  /** A gauge whose values are read when Prometheus scrapes (lag, queue depth, pool usage). */
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[], collect: (gauge: Gauge<L>) => Promise<void> | void): Gauge<L> {
    return new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        await collect(this);
      },
    });
  }

  observeBatch = ({ projection, correlationIds, durationMs }: { projection: string; correlationIds: string[]; durationMs: number }): void => {
    this.projectionBatchDuration.observe({ projection }, durationMs / 1000);
    this.projectionEventsApplied.inc({ projection }, correlationIds.length);
  };
}
