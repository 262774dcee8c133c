export * from './append-telemetry.js';
export * from './crm-metrics.js';
export * from './metrics-server.js';
export * from './telemetry.module.js';
export * from './json-logger.js';
export * from './request-context.js';
export * from './tracing.js';
