export { validTimeProjection, VALID_TIME } from './valid-time.projection.js';
export type { ValidTimeTables } from './valid-time.tables.js';
export * from './valid-time.queries.js';
