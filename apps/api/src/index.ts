// The api's public face, for apps/crm to compose: its module and how it is served.
export { ApiModule } from './api.module.js';
export { serveApi } from './serve-api.js';
