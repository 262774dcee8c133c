import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, logLevelsUpTo, type CrmConfig } from '#crm/config';
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
      logger: logLevelsUpTo(config.logLevel),
      abortOnError: false,
    });
    closeOnShutdown(name, () => app.close());
    await app.init();
    keepAliveUntilShutdown();
    console.log(`${name} running`);
    describeDatabases(config, databases).forEach((line) => console.log(line));
  });
}
