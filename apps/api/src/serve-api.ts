import type { IEntryNestModule } from '@nestjs/core';
import { ApiKeyService, printBootstrapAdminKey } from '#crm/auth';
import type { CrmConfig } from '#crm/config';
import { closeOnShutdown, describeDatabases, type Databases } from '#crm/database';
import { createHttpApp, OPENAPI_PATH } from '#crm/http';

/** Listens on HOST:PORT and says where, where the data lives and, on an empty database, the first admin key. */
export async function serveApi(rootModule: IEntryNestModule, config: CrmConfig, databases: Databases): Promise<void> {
  const app = await createHttpApp(rootModule, config);
  closeOnShutdown('HTTP server', () => app.close());
  await app.listen(config.port, config.host);
  const base = `http://${config.host}:${config.port}`;
  describeDatabases(config, databases).forEach((line) => console.log(line));
  await printBootstrapAdminKey(app.get(ApiKeyService));
  // Last, so whoever waits for this line (a script, the e2e test) knows the start is complete.
  console.log(`CRM API listening on ${base} (OpenAPI: ${base}${OPENAPI_PATH})`);
}
