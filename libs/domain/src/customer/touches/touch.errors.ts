import { RuleViolation } from '../../shared/errors.js';

export const complaintAlreadyFiled = (complaintId: string) =>
  new RuleViolation('complaint-already-filed', `complaint ${complaintId} was already filed`);
export const complaintNotFiled = (complaintId: string) =>
  new RuleViolation('complaint-not-filed', `complaint ${complaintId} was never filed for this customer`);
export const complaintAlreadyResolved = (complaintId: string) =>
  new RuleViolation('complaint-already-resolved', `complaint ${complaintId} is already resolved`);

export const taskAlreadyScheduled = (taskId: string) =>
  new RuleViolation('task-already-scheduled', `task ${taskId} was already scheduled`);
export const taskNotScheduled = (taskId: string) =>
  new RuleViolation('task-not-scheduled', `task ${taskId} was never scheduled for this customer`);
export const taskAlreadyCompleted = (taskId: string) =>
  new RuleViolation('task-already-completed', `task ${taskId} is already completed`);
export const taskDueUnchanged = (taskId: string) =>
  new RuleViolation('task-due-unchanged', `task ${taskId} is already due at that time`);

export const orderAlreadyRecorded = (orderId: string) =>
  new RuleViolation('order-already-recorded', `order ${orderId} was already recorded`);
export const orderNotRecorded = (orderId: string) =>
  new RuleViolation('order-not-recorded', `order ${orderId} was never recorded for this customer`);
export const orderCurrencyMismatch = (orderId: string, currency: string) =>
  new RuleViolation('order-currency-mismatch', `order ${orderId} was recorded in ${currency}`);
export const cancellationExceedsOrder = (orderId: string) =>
  new RuleViolation('cancellation-exceeds-order', `cancellations of order ${orderId} would exceed its amount`);

export const consentRequired = (channel: string) =>
  new RuleViolation('consent-required', `the customer has not consented to promotions by ${channel}`);
