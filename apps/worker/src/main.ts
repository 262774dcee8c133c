import { runBackgroundApp } from '#crm/database';
import { WorkerAppModule } from './worker-app.module.js';

runBackgroundApp('CRM worker', (config, databases) => WorkerAppModule.forRoot(config, databases));
