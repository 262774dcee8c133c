import { NotFoundError, RuleViolation } from '../../shared/errors.js';

export const touchNotFound = (touchEventId: string) => new NotFoundError('touch', touchEventId, `touch ${touchEventId} was never recorded for this customer`);
export const touchAlreadyVoided = (touchEventId: string) => new RuleViolation('touch-already-voided', `touch ${touchEventId} was already voided`);
export const touchVoided = (touchEventId: string) => new RuleViolation('touch-voided', `touch ${touchEventId} was voided; a voided touch cannot be corrected`);
export const touchChangedMeanwhile = (touchEventId: string) =>
  new RuleViolation('touch-changed-meanwhile', `touch ${touchEventId} was corrected meanwhile; read it again and retry`);
export const purchaseHasCancellations = (orderId: string) =>
  new RuleViolation('purchase-has-cancellations', `order ${orderId} has cancellations or returns; void those first`);
export const complaintWasResolved = (complaintId: string) =>
  new RuleViolation('complaint-resolved', `complaint ${complaintId} was resolved; void its resolution first`);
export const taskWasCompleted = (taskId: string) => new RuleViolation('task-completed', `task ${taskId} was completed; void its completion first`);
