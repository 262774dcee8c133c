export { automationsProjection, automationFiringKey, eventCustomerId, triggers } from './automations.projection.js';
export { automationViews, firingOutcomes, unsettledAutomationFirings, type AutomationView, type FiringOutcome } from './automations.queries.js';
