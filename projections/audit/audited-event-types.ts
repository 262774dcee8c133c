import { touchEventTypes, type CustomerEvent, type OpportunityEvent, type StaffEvent, type TouchEventType } from '#crm/domain';

// A record keyed by every type but the touches (the domain lists those) makes the compiler refuse a list that forgets one.
const everyOtherType: Record<Exclude<(CustomerEvent | StaffEvent | OpportunityEvent)['type'], TouchEventType>, true> = {
  CustomerRegistered: true,
  CustomerDetailsChanged: true,
  CustomerAttributesChanged: true,
  CustomerOwnerAssigned: true,
  ConsentGiven: true,
  ConsentWithdrawn: true,
  CustomerErased: true,
  StaffRegistered: true,
  StaffDeactivated: true,
  OpportunityOpened: true,
  OpportunityStageChanged: true,
  OpportunityWon: true,
  OpportunityLost: true,
};

/** The audit index covers every event the domain writes. */
export const auditedEventTypes: string[] = [...Object.keys(everyOtherType), ...touchEventTypes];
