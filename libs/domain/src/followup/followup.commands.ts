import type { Command } from '../shared/decider.js';

/**
 * Sent by the follow-up job when a lead's deadline passes. `leadCapturedAt` names the lead the
 * deadline belongs to (a newer lead brings its own deadline); `escalateTo` is who to flag.
 */
export type RecordFollowUpOverdue = Command<
  'RecordFollowUpOverdue',
  { customerId: string; leadCapturedAt: string; dueAt: string; escalateTo: string | null }
>;
