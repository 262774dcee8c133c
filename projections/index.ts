import type { Projection } from '@crm/projection-runner';
import { analyticsProjection } from './analytics/analytics.projection.js';
import { segmentsProjection } from './segments/segments.projection.js';
import { auditProjection } from './audit/audit.projection.js';
import { directoryProjection } from './directory/directory.projection.js';
import { lifecycleProjection } from './lifecycle/lifecycle.projection.js';
import { timelineProjection } from './timeline/timeline.projection.js';
import { followUpsProjection } from './followups/index.js';
import { webhooksProjection } from './webhooks/webhooks.projection.js';
import { staffProjection } from './staff/index.js';

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
export { segmentStreamName, type SegmentRule } from './segments/index.js';
export * from './staff/index.js';

/** Every projection the projector runs and the api reports on, in no particular order. */
export const allProjections: Projection[] = [timelineProjection, directoryProjection, lifecycleProjection, auditProjection, segmentsProjection, analyticsProjection, followUpsProjection, webhooksProjection, staffProjection];
