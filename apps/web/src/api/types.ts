/**
 * The console's names for API answers: the OpenAPI document's (libs/api-client), so a change of
 * an answer breaks this build. Where the document is looser than the code (the customer state is
 * one flat schema, history metadata any object), the domain's own types say it, as types only.
 */
import type { components } from '#crm/api-client';

export type Schemas = components['schemas'];

export type DirectoryItem = Schemas['DirectoryItemDto'];
export type DirectoryPage = Schemas['DirectoryPageDto'];
export type TimelineItem = Schemas['TimelineItemDto'];
export type TimelinePage = Schemas['TimelinePageDto'];
export type CustomerLifecycleView = Schemas['CustomerLifecycleDto'];
export type LifecycleTransitionItem = Schemas['LifecycleTransitionDto'];
export type LifecycleSummary = Schemas['LifecycleSummaryDto'];
export type LifecycleFlow = Schemas['LifecycleFlowDto'];
export type SignedInStaff = Schemas['MeDto'];
export type FollowUps = Schemas['FollowUpsViewDto'];
export type TaskPage = Schemas['TaskPageDto'];
export type DealPage = Schemas['DealPageDto'];
export type Notifications = Schemas['NotificationListDto'];
export type Notification = Schemas['NotificationDto'];
export type { PresentedCustomerState, ConsentState } from '#crm/domain';

/** One event of a customer's history (GET /customers/{id}/history). */
export interface HistoryEvent {
  eventId: string;
  type: string;
  revision: string;
  position: string;
  schemaVersion: number;
  occurredAt: string;
  recordedAt: string;
  data: Record<string, unknown>;
  metadata: { actor?: { id: string; role: string | null }; channel?: string } & Record<string, unknown>;
}

export interface HistoryPage {
  events: HistoryEvent[];
  next: string | null;
}

/** What recording a touch answers: where the event landed in the log. */
export type WriteAnswer = Schemas['TouchRecordedDto'];

/** The body of every 4xx/5xx the API sends. */
export interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: { field: string; reason: string }[];
  rule?: string;
}
