import type { Command } from '../shared/decider.js';
import type { AutomationDefinition } from './automation.events.js';

/** `existing`: a new version of an automation that must already be defined (404 otherwise). */
export type DefineAutomation = Command<'DefineAutomation', { automationId: string; existing?: boolean } & AutomationDefinition>;
export type PauseAutomation = Command<'PauseAutomation', { automationId: string }>;
export type ResumeAutomation = Command<'ResumeAutomation', { automationId: string }>;
/** `triggerEventId` names what fired it: an event id, or a read-model change's own key. */
export type RecordAutomationFiring = Command<'RecordAutomationFiring', { automationId: string; triggerEventId: string; customerId: string }>;

export type AutomationCommand = DefineAutomation | PauseAutomation | ResumeAutomation | RecordAutomationFiring;
