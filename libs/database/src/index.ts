export * from './embedded-postgres.js';
export * from './postgres-reachable.js';
export * from './postgres-url.js';
export * from './resolve-database-url.js';
export * from './shutdown.js';
export * from './stale-postmaster.js';
