import type { CustomerEvent, OpportunityEvent, StaffEvent } from '@crm/domain';

// A record keyed by every type makes the compiler refuse a list that forgets one.
const everyType: Record<(CustomerEvent | StaffEvent | OpportunityEvent)['type'], true> = {
  CustomerRegistered: true,
  CustomerDetailsChanged: true,
  CustomerAttributesChanged: true,
  CustomerOwnerAssigned: true,
  ConsentGiven: true,
  ConsentWithdrawn: true,
  CustomerErased: true,
  CallLogged: true,
  VisitRecorded: true,
  EmailLogged: true,
  PurchaseRecorded: true,
  PurchaseCancelled: true,
  ComplaintFiled: true,
  ComplaintResolved: true,
  SurveyAnswered: true,
  PromotionSent: true,
  PromotionAnswered: true,
  ServiceUsed: true,
  NoteAdded: true,
  TaskScheduled: true,
  TaskCompleted: true,
  LeadCaptured: true,
  StaffRegistered: true,
  StaffDeactivated: true,
  OpportunityOpened: true,
  OpportunityStageChanged: true,
  OpportunityWon: true,
  OpportunityLost: true,
};

/** The audit index covers every event the domain writes. */
export const auditedEventTypes: string[] = Object.keys(everyType);
