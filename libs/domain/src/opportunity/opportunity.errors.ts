import { RuleViolation } from '../shared/errors.js';

export const opportunityAlreadyOpened = (opportunityId: string) =>
  new RuleViolation('opportunity-already-opened', `opportunity ${opportunityId} is already open`);

/** Won and lost are final: a reopened deal is a new opportunity. */
export const opportunityClosed = (opportunityId: string, outcome: 'won' | 'lost') =>
  new RuleViolation('opportunity-closed', `opportunity ${opportunityId} was ${outcome} and is closed`);
