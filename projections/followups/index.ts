export { followUpsProjection } from './followups.projection.js';
export {
  assignmentRules,
  followUpsByOwner,
  unfinishedFollowUpStarts,
  type AssignmentRulesView,
  type FollowUpItem,
  type OwnerFollowUps,
} from './followups.queries.js';
