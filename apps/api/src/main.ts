import { loadConfig } from '#crm/config';
import { openDatabases, runMain } from '#crm/database';
import { ApiAppModule } from './api-app.module.js';
import { serveApi } from './serve-api.js';

runMain('CRM api', async () => {
  const config = loadConfig();
  const databases = await openDatabases(config);
  await serveApi(ApiAppModule.forRoot(config, databases), config, databases);
});
