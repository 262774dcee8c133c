import type { Command } from '../shared/decider.js';

/**
 * Sent by the follow-up job when a lead's deadline passes. `leadCapturedAt` names the lead the
 * deadline belongs to (a newer lead brings its own deadline); `escalateTo` is who to flag.
 */
export type RecordFollowUpOverdue = Command<'RecordFollowUpOverdue', { customerId: string; leadCapturedAt: string; dueAt: string; escalateTo: string | null }>;

/**
 * Sent by the follow-up job at the second deadline: a lead still untouched (and not given to
 * someone else since it went overdue) goes to `reassignTo`, chosen when the lead was routed.
 */
export type ReassignOverdueLead = Command<'ReassignOverdueLead', { customerId: string; leadCapturedAt: string; reassignAt: string; reassignTo: string }>;

export type FollowUpCommand = RecordFollowUpOverdue | ReassignOverdueLead;
