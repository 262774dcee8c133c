export { segmentsProjection, createSegmentsProjection, SEGMENTS, type SegmentsProjectionOptions } from './segments.projection.js';
export type { SegmentsTables } from './segments.tables.js';
export * from './segments.queries.js';
export { SegmentSweeper } from './segment-sweeper.js';
export { SegmentSweepModule } from './segment-sweep.module.js';
export { matches } from './evaluate-rule.js';
export { emptyFacts, type CustomerFacts } from './customer-facts.js';
