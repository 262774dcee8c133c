import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, type CrmConfig } from '#crm/config';
import { appLogger, printStartupLines } from '#crm/telemetry';
import { describeDatabases } from './describe-databases.js';
import { keepAliveUntilShutdown } from './keep-alive.js';
import { openDatabases, type Databases } from './open-databases.js';
import { runMain } from './run-main.js';
import { closeOnShutdown } from './shutdown.js';

/** The entry point of a process without HTTP (projector, worker): Nest modules over the databases, until SIGTERM. */
export function runBackgroundApp(name: string, rootModule: (config: CrmConfig, databases: Databases) => DynamicModule): void {
  runMain(name, async () => {
    const config = loadConfig();
    const databases = await openDatabases(config);
    const app = await NestFactory.createApplicationContext(rootModule(config, databases), {
      logger: appLogger(config),
      abortOnError: false,
    });
    closeOnShutdown(name, () => app.close());
    await app.init();
    keepAliveUntilShutdown();
    printStartupLines(config, name, [`${name} running`, ...describeDatabases(config, databases)]);
  });
}
