export * from './configure-http-app.js';
export * from './create-http-app.js';
export * from './error-response.js';
export * from './error-response.filter.js';
export * from './fastify-adapter.js';
export * from './openapi.js';
export * from './validation-failed.error.js';
export * from './validation-pipe.js';
