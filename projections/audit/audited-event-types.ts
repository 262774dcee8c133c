import { touchEventTypes, type AutomationEvent, type ContactClaimEvent, type CustomerEvent, type OpportunityEvent, type PipelineEvent, type StaffEvent } from '#crm/domain';

import { eventTypeSet } from '#crm/projection-runner';

/** Every event the domain writes. */
export type AuditedEvent = CustomerEvent | StaffEvent | OpportunityEvent | PipelineEvent | ContactClaimEvent | AutomationEvent;

/** The audit index covers every event the domain writes: keyed by each, so none can be forgotten. */
export const auditedEventTypeSet: Record<AuditedEvent['type'], true> = {
  ...eventTypeSet(touchEventTypes),
  CustomerRegistered: true,
  CustomerDetailsChanged: true,
  CustomerAttributesChanged: true,
  CustomerOwnerAssigned: true,
  ConsentGiven: true,
  ConsentWithdrawn: true,
  CustomerErased: true,
  TouchVoided: true,
  TouchCorrected: true,
  CustomerMerged: true,
  CustomerAbsorbed: true,
  CustomerUnmerged: true,
  CustomerRestored: true,
  StaffRegistered: true,
  StaffDeactivated: true,
  StaffTimeZoneSet: true,
  OpportunityOpened: true,
  OpportunityStageChanged: true,
  OpportunityUpdated: true,
  OpportunityWon: true,
  OpportunityLost: true,
  PipelineStagesDefined: true,
  ContactClaimed: true,
  AutomationDefined: true,
  AutomationPaused: true,
  AutomationResumed: true,
  AutomationFired: true,
};

export const auditedEventTypes: string[] = Object.keys(auditedEventTypeSet);
