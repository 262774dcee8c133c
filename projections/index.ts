export { timelineProjection, timelineEventTypes } from './timeline/timeline.projection.js';
export { timelinePage, hasTimeline, timelineHead, parseTimelineCursor, type TimelineCursor, type TimelineItem, type TimelinePage, type TimelinePageRequest } from './timeline/timeline.queries.js';
export { directoryProjection } from './directory/directory.projection.js';
export { directoryPage, parseDirectoryCursor, segmentsAvailable, type DirectoryCursor, type DirectoryItem, type DirectoryPage, type DirectoryPageRequest } from './directory/directory.queries.js';
export { lifecycleProjection, createLifecycleProjection } from './lifecycle/lifecycle.projection.js';
export { sweepLifecycleLapses } from './lifecycle/lifecycle-sweep.js';
export { LifecycleSweeper } from './lifecycle/lifecycle-sweeper.js';
export { LifecycleSweepModule } from './lifecycle/lifecycle-sweep.module.js';
export * from './lifecycle/lifecycle.queries.js';

export * from './followups/index.js';
export * from './segments/index.js';
export * from './analytics/index.js';
export * from './audit/index.js';
export * from './staff/index.js';
export { webhooksProjection } from './webhooks/webhooks.projection.js';
export { encodeCursor, decodeCursor, isIsoInstant } from './shared/opaque-cursor.js';
export { allProjections } from './all-projections.js';
export { projectionsModule } from './projections.module.js';
