import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { LEAD_PROTECTION, type LeadProtection } from './lead-protection.js';

/**
 * The app-wide body limit (1 MiB) is far more than a contact form needs; the form's own route gets
 * a small one. Fastify only takes a per-route limit when the route is added, and Nest's route
 * decorators cannot pass it, so an `onRoute` hook sets it. Nest creates providers before it adds
 * routes, which is why this runs in the constructor.
 */
@Injectable()
export class LeadBodyLimit {
  constructor(adapterHost: HttpAdapterHost, @Inject(LEAD_PROTECTION) protection: LeadProtection) {
    const fastify = adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || typeof fastify.addHook !== 'function') return;
    fastify.addHook('onRoute', (route: RouteOptions) => {
      if (route.url === '/leads' && methodsOf(route).includes('POST')) route.bodyLimit = protection.bodyLimitBytes;
    });
  }
}

const methodsOf = (route: RouteOptions) => (Array.isArray(route.method) ? route.method : [route.method]);
