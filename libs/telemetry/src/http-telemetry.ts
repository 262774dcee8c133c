import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CrmMetrics } from './crm-metrics.js';
import { correlationIdOf } from './request-context.js';
import { requestSpans, Tracing } from './tracing.js';

/**
 * Times every request from Fastify's first hook to its response, so refusals by guards (401,
 * 403) and by the input check count too, and makes it a trace's root span. Labelled by route
 * template, never by the URL itself: ids in paths would make a series per customer.
 */
@Injectable()
export class HttpTelemetry implements OnModuleInit {
  constructor(
    private readonly metrics: CrmMetrics,
    private readonly tracing: Tracing,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance() as FastifyInstance | undefined;
    if (!fastify) return; // projector, worker: no HTTP server
    const routeOf = (request: { routeOptions: { url?: string } }) => request.routeOptions.url ?? 'unmatched';
    fastify.addHook('onRequest', async (request) => {
      const span = this.tracing.startRequestSpan(`${request.method} ${routeOf(request)}`, correlationIdOf(request));
      if (span) requestSpans.set(request, span);
    });
    fastify.addHook('onResponse', async (request, reply) => {
      const route = routeOf(request);
      this.metrics.httpRequestDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
      const span = requestSpans.get(request);
      span?.setAttributes({ 'http.request.method': request.method, 'http.route': route, 'http.response.status_code': reply.statusCode });
      span?.end();
    });
  }
}
