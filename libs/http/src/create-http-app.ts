import { NestFactory, type IEntryNestModule } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { logLevelsUpTo, type CrmConfig } from '#crm/config';
import { configureHttpApp } from './configure-http-app.js';
import { createFastifyAdapter } from './fastify-adapter.js';

/** A configured Fastify app, not yet listening; `abortOnError: false` lets the caller report a failed start. */
export async function createHttpApp(rootModule: IEntryNestModule, config: Pick<CrmConfig, 'logLevel'>): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, createFastifyAdapter(), {
    logger: logLevelsUpTo(config.logLevel),
    abortOnError: false,
  });
  return configureHttpApp(app);
}
