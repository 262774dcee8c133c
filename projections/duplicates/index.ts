export { duplicatesProjection } from './duplicates.projection.js';
export * from './duplicates.queries.js';
export { nameKey, reasonScores, type DuplicateReason } from './duplicate-subject.js';
