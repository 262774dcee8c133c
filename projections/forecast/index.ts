export * from './forecast.queries.js';
