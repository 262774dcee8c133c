import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CrmMetrics } from './crm-metrics.js';

/**
 * Times every request from Fastify's first hook to its response, so refusals by guards (401,
 * 403) and by the input check count too. Labelled by route template, never by the URL itself:
 * ids in paths would make a series per customer.
 */
@Injectable()
export class HttpMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: CrmMetrics,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance() as FastifyInstance | undefined;
    if (!fastify) return; // projector, worker: no HTTP server
    fastify.addHook('onResponse', async (request, reply) => {
      this.metrics.httpRequestDuration.observe(
        { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });
  }
}
