export * from './create-read-db.js';
export * from './migrate-read-store.js';
export * from './migrations/index.js';
export * from './read-database.js';
export * from './read-store.module.js';
export * from './read-store.tokens.js';
export * from './run-migrations.js';
export * from './schema/tables.js';
