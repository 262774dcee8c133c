export { followUpsProjection } from './followups.projection.js';
export {
  assignmentRules,
  followUpsByOwner,
  openFollowUpStarts,
  type AssignmentRulesView,
  type FollowUpItem,
  type OwnerFollowUps,
} from './followups.queries.js';
