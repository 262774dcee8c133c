export * from './signals.queries.js';
