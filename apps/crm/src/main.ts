import { loadConfig } from '#crm/config';
import { openDatabases, runMain } from '#crm/database';
import { serveApi } from '../../api/src/index.js';
import { CrmAppModule } from './crm-app.module.js';

runMain('CRM', async () => {
  const config = loadConfig();
  const databases = await openDatabases(config);
  await serveApi(CrmAppModule.forRoot(config, databases), config, databases);
});
