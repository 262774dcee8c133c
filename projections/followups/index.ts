export { followUpsProjection } from './followups.projection.js';
export { followUpsByOwner, type FollowUpItem, type OwnerFollowUps } from './followups.queries.js';
