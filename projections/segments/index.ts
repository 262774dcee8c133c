export { segmentsProjection, createSegmentsProjection, SEGMENTS, type SegmentsProjectionOptions } from './segments.projection.js';
export type { SegmentsTables } from './segments.tables.js';
export * from './segments.queries.js';
export * from './segment.events.js';
export * from './segment-rule.js';
export { ruleProblems, type RuleProblem } from './segment-rule.validation.js';
export { SegmentSweeper } from './segment-sweeper.js';
export { SegmentSweepModule } from './segment-sweep.module.js';
