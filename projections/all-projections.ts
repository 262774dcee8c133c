import type { Projection } from '#crm/projection-runner';
import { analyticsProjection } from './analytics/analytics.projection.js';
import { segmentsProjection } from './segments/segments.projection.js';
import { auditProjection } from './audit/audit.projection.js';
import { directoryProjection } from './directory/directory.projection.js';
import { lifecycleProjection } from './lifecycle/lifecycle.projection.js';
import { timelineProjection } from './timeline/timeline.projection.js';
import { followUpsProjection } from './followups/index.js';
import { webhooksProjection } from './webhooks/webhooks.projection.js';
import { staffProjection } from './staff/index.js';
import { pipelineProjection } from './pipeline/index.js';
import { tasksProjection } from './tasks/index.js';
import { duplicatesProjection } from './duplicates/index.js';
import { validTimeProjection } from './valid-time/index.js';
import { automationsProjection } from './automations/index.js';
/** Every projection the projector runs and the api reports on, in no particular order. */
export const allProjections: Projection[] = [
  timelineProjection,
  directoryProjection,
  lifecycleProjection,
  auditProjection,
  segmentsProjection,
  analyticsProjection,
  followUpsProjection,
  webhooksProjection,
  staffProjection,
  pipelineProjection,
  tasksProjection,
  duplicatesProjection,
  validTimeProjection,
  automationsProjection,
];
