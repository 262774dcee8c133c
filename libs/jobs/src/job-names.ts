import type { OwnerAssignmentCause } from '#crm/domain';

/**
 * Every job the CRM runs, and the payload each carries. A payload holds ids and instants only:
 * jobs sit in Redis, which is no place for personal data.
 */
export enum JobName {
  StartLeadFollowUp = 'lead-follow-up-start',
  FollowUpDue = 'lead-follow-up-due',
  FollowUpReassign = 'lead-follow-up-reassign',
  TimeSweep = 'time-sweep',
  CampaignTarget = 'campaign-target',
  CampaignChunk = 'campaign-chunk',
  WebhookDeliver = 'webhook-deliver',
  AnalyticsExport = 'analytics-export',
  ProjectionRebuild = 'projection-rebuild',
  PersonDataExport = 'person-data-export',
  TaskReminder = 'task-reminder',
  MorningDigest = 'morning-digest',
  ForecastFit = 'forecast-fit',
  AutomationFire = 'automation-fire',
  AutomationSweep = 'automation-sweep',
}

export interface JobPayloads {
  /**
   * Assigns the owner the reactor chose (null: nobody active to assign), for `cause` (null: the
   * customer's own owner), and schedules FollowUpDue. `nextInTeam` is who follows the owner in
   * their team, should the lead need reassigning. Rows written before routing rules lack both.
   */
  [JobName.StartLeadFollowUp]: {
    customerId: string;
    leadEventId: string;
    leadCapturedAt: string;
    leadRecordedAt: string;
    ownerId: string | null;
    escalateTo: string | null;
    cause?: OwnerAssignmentCause | null;
    nextInTeam?: string | null;
  };
  /** Records the follow-up overdue, mails its owner and `escalateTo`, and schedules FollowUpReassign when there is someone to reassign to. */
  [JobName.FollowUpDue]: {
    customerId: string;
    leadCapturedAt: string;
    dueAt: string;
    escalateTo: string | null;
    reassignTo?: string | null;
    reassignAt?: string;
  };
  [JobName.FollowUpReassign]: { customerId: string; leadCapturedAt: string; reassignAt: string; reassignTo: string };
  /** Repeated every minute with no payload (sweeps up to a minute ago); `asOf` sweeps up to that instant. */
  [JobName.TimeSweep]: { asOf?: string };
  /** Freezes the campaign's audience into its ledger, then fans out one CampaignChunk per chunk. */
  [JobName.CampaignTarget]: { campaignId: string };
  [JobName.CampaignChunk]: { campaignId: string; chunk: number };
  /** The event as a subscriber sees it: ids, type, position, times and data without `personal`. */
  [JobName.WebhookDeliver]: { subscriptionId: string; event: WebhookEvent };
  /** Each writes its outcome to the export row `exportId` (GET /exports/:id). */
  [JobName.AnalyticsExport]: { exportId: string };
  [JobName.ProjectionRebuild]: { exportId: string };
  /** The customer is the row's subject: not even their id sits in Redis. */
  [JobName.PersonDataExport]: { exportId: string };
  /** Reminds the assignee of a task due at `dueAt`; a task moved or completed since makes it a no-op. */
  [JobName.TaskReminder]: { customerId: string; taskId: string; dueAt: string; reminder: TaskReminderKind };
  /** Repeated every hour with no payload; `asOf` runs it as of that instant (a clock of the caller's). */
  [JobName.MorningDigest]: { asOf?: string };
  /** Fits the purchase models on the purchases up to `calibrationEnd` (YYYY-MM-DD; default the run's day); daily and on demand. */
  [JobName.ForecastFit]: { calibrationEnd?: string };
  /** Records the automation's firing for this trigger (once), then acts on it unless the customer is in the control group. */
  [JobName.AutomationFire]: { automationId: string; triggerEventId: string; customerId: string };
  /** Repeated every minute: segment and lifecycle changes up to a minute ago (`asOf`: up to then) become AutomationFire jobs. */
  [JobName.AutomationSweep]: { asOf?: string };
}

/** Before the due time, and once it has passed. */
export const taskReminderKinds = ['due-soon', 'overdue'] as const;
export type TaskReminderKind = (typeof taskReminderKinds)[number];

export type WebhookEvent = { id: string; type: string; streamName: string; position: string; recordedAt: string; data: Record<string, unknown> };

export type JobPayload<N extends JobName> = JobPayloads[N];

/** The one queue every job goes through; JOBS_PREFIX keeps CRMs sharing a Redis apart. */
export const JOBS_QUEUE = 'crm-jobs';

export const allJobNames = Object.values(JobName) as JobName[];
