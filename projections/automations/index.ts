export { automationsProjection, automationFiringKey, eventCustomerId, triggers } from './automations.projection.js';
export {
  automationMessages,
  automationViews,
  changeTriggeredAutomations,
  firingOutcomes,
  signalTriggerHistory,
  triggerChanges,
  unsettledAutomationFirings,
  type AutomationView,
  type ChangeTrigger,
  type TriggerChange,
} from './automations.queries.js';
