import { createHash } from 'node:crypto';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { context, SpanKind, SpanStatusCode, trace, TraceFlags, type Span, type SpanContext, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, RandomIdGenerator, TracerProvider, type IdGenerator } from '@opentelemetry/sdk-trace';
import { CrmConfig } from '#crm/config';
import { CrmMetrics } from './crm-metrics.js';

/**
 * The ids of the request span a correlation id names: derived from it, so the projector (another
 * process, which knows only the event's correlation id) can link its handling to that request.
 */
export function correlatedSpanContext(correlationId: string): SpanContext {
  const digest = createHash('sha256').update(`crm trace ${correlationId}`).digest('hex');
  return { traceId: digest.slice(0, 32), spanId: digest.slice(32, 48), traceFlags: TraceFlags.SAMPLED, isRemote: true };
}

/** Random ids, except for the one span started right after `next` is set. */
class CorrelatedIds implements IdGenerator {
  private readonly random = new RandomIdGenerator();
  next: SpanContext | undefined;
  generateTraceId = (): string => this.next?.traceId ?? this.random.generateTraceId();
  generateSpanId = (): string => this.next?.spanId ?? this.random.generateSpanId();
}

// The context manager is the process's (OpenTelemetry has one global); set by the first app that traces.
let contextManager: AsyncLocalStorageContextManager | undefined;

/**
 * OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set (OTLP/HTTP to
 * <endpoint>/v1/traces); off, every method just runs what it is given. Spans carry route
 * templates, stream categories and projection names: never personal data.
 */
@Injectable()
export class Tracing implements OnApplicationShutdown {
  private readonly provider: TracerProvider | undefined;
  private readonly tracer: Tracer | undefined;
  private readonly ids = new CorrelatedIds();

  constructor(config: CrmConfig, metrics: CrmMetrics) {
    if (!config.otlpEndpoint) return;
    if (!contextManager) context.setGlobalContextManager((contextManager = new AsyncLocalStorageContextManager().enable()));
    this.provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': `crm-${metrics.app}` }),
      idGenerator: this.ids,
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${config.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` }) })],
    });
    this.tracer = this.provider.getTracer('crm');
  }

  /** The root span of an HTTP request, with the ids its correlation id names. */
  startRequestSpan(name: string, correlationId: string): Span | undefined {
    if (!this.tracer) return undefined;
    this.ids.next = correlatedSpanContext(correlationId);
    try {
      return this.tracer.startSpan(name, { kind: SpanKind.SERVER, root: true });
    } finally {
      this.ids.next = undefined;
    }
  }

  /** `run` inside a child span of the active one (the request's, when there is one). */
  async inSpan<T>(name: string, attributes: Record<string, string>, run: () => Promise<T>): Promise<T> {
    if (!this.tracer) return run();
    return this.tracer.startActiveSpan(name, { attributes }, async (span) => {
      try {
        return await run();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.name });
        throw error;
      } finally {
        span.end();
      }
    });
  }

  /** A committed projection batch, after the fact, linked to the requests that wrote its events. */
  recordBatch(projection: string, correlationIds: string[], durationMs: number): void {
    if (!this.tracer) return;
    const end = Date.now();
    // Events written outside a request (imports) carry no correlation id: nothing to link to.
    const links = [...new Set(correlationIds)]
      .filter((id) => id !== '')
      .slice(0, 128)
      .map((id) => ({ context: correlatedSpanContext(id) }));
    const span = this.tracer.startSpan(`projection ${projection} batch`, {
      root: true,
      startTime: end - durationMs,
      links,
      attributes: { 'crm.projection': projection, 'crm.events': correlationIds.length },
    });
    span.end(end);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.provider?.shutdown();
  }
}

/** The request span of each request in flight, for the interceptor that runs its handler inside it. */
export const requestSpans = new WeakMap<object, Span>();

export function runInRequestSpan<T>(request: object, run: () => T): T {
  const span = requestSpans.get(request);
  return span ? context.with(trace.setSpan(context.active(), span), run) : run();
}
