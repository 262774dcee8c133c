import { runBackgroundApp } from '#crm/database';
import { ProjectorAppModule } from './projector-app.module.js';

runBackgroundApp('CRM projector', (config, databases) => ProjectorAppModule.forRoot(config, databases));
