export { analyticsProjection, ANALYTICS } from './analytics.projection.js';
export type { AnalyticsTables } from './analytics.tables.js';
export type { Period, RecordedAxis } from './period.js';
export * from './salespeople.queries.js';
export * from './customer-value.queries.js';
export * from './timing.queries.js';
export * from './campaigns.queries.js';
export * from './revenue.queries.js';
export * from './report-labels.queries.js';
