export { automationsProjection, automationFiringKey, eventCustomerId, triggers } from './automations.projection.js';
export {
  automationMessages,
  automationViews,
  changeTriggeredAutomations,
  firingOutcomes,
  triggerChanges,
  unsettledAutomationFirings,
  type AutomationView,
  type ChangeTrigger,
  type FiringOutcome,
  type TriggerChange,
} from './automations.queries.js';
