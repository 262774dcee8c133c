export { followUpsProjection } from './followups.projection.js';
export { followUpsByOwner, openFollowUpStarts, type FollowUpItem, type OutboxJobRow, type OwnerFollowUps } from './followups.queries.js';
