import {
  formatMoney,
  isTouchEvent,
  touchSummary,
  type CustomerRecordEvent,
  type OpportunityEvent,
  type TouchCorrectionEvent,
  type TouchEvent,
} from '#crm/domain';

export type TimelineEvent = CustomerRecordEvent | TouchEvent | TouchCorrectionEvent | OpportunityEvent;

const fieldList = (fields: string[]) => (fields.length > 0 ? fields.join(', ') : 'nothing visible');

/**
 * One line per event, like touchSummary, from fields outside `personal` only: a details change
 * names the fields that changed, never their values.
 */
export function timelineSummary(event: TimelineEvent): string {
  if (isTouchEvent(event)) return touchSummary(event);
  switch (event.type) {
    case 'CustomerRegistered':
      return `Registered (${event.data.kind}) from ${event.data.source}`;
    case 'CustomerDetailsChanged': {
      const { customerId: _id, personal, ...others } = event.data;
      return `Details changed: ${fieldList([...Object.keys(personal ?? {}), ...Object.keys(others)])}`;
    }
    case 'CustomerAttributesChanged':
      return `Attributes changed: ${fieldList([...Object.keys(event.data.set), ...event.data.unset])}`;
    case 'CustomerOwnerAssigned':
      return 'Owner assigned';
    case 'ConsentGiven':
      return `Consent given for ${event.data.channel} (${event.data.legalBasis})`;
    case 'ConsentWithdrawn':
      return `Consent withdrawn for ${event.data.channel}`;
    case 'CustomerErased':
      return 'Personal data erased';
    case 'TouchVoided':
      return `Touch voided: ${touchSummary(event.data.voided)}`;
    case 'TouchCorrected':
      return `Touch corrected: ${fieldList(event.data.fields)}`;
    case 'CustomerMerged':
      return `Merged: customer ${event.data.absorbedId}'s history is shown here`;
    case 'CustomerAbsorbed':
      return `Merged into customer ${event.data.survivorId}`;
    case 'CustomerUnmerged':
      return `Unmerged: customer ${event.data.absorbedId} stands alone again`;
    case 'CustomerRestored':
      return `Unmerged from customer ${event.data.survivorId}`;
    case 'OpportunityOpened':
      return `Opportunity opened at ${event.data.stage}, expected ${formatMoney(event.data.expectedAmount)}`;
    case 'OpportunityStageChanged':
      return `Opportunity moved from ${event.data.from} to ${event.data.to}`;
    case 'OpportunityUpdated':
      return `Opportunity changed: ${fieldList(Object.keys(event.data.changes))}`;
    case 'OpportunityWon':
      return `Opportunity won, ${formatMoney(event.data)}`;
    case 'OpportunityLost':
      return 'Opportunity lost';
  }
}
