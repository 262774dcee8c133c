export { pipelineProjection } from './pipeline.projection.js';
export * from './pipeline.queries.js';
export { dealStatuses, type DealStatus } from './pipeline.tables.js';
export * from './stage-conversion.queries.js';
