// The worker's public face, for apps/crm to compose.
export { WorkerModule } from './worker.module.js';
