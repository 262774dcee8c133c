/**
 * The console's names for API answers. Where the OpenAPI document (libs/api-client) has no body
 * for a route yet, the projections' and the domain's own types say it, imported as types only.
 */
import type { components } from '#crm/api-client';

export type Schemas = components['schemas'];

export type {
  DirectoryItem,
  DirectoryPage,
  TimelineItem,
  TimelinePage,
  CustomerLifecycleView,
  LifecycleTransitionItem,
  LifecycleSummary,
  LifecycleFlow,
} from '#crm/projections';
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

/** What every write answers (201/200): where the event landed in the log. */
export interface WriteAnswer {
  eventId: string;
  revision: number;
  position: string;
}

/** The body of every 4xx/5xx the API sends. */
export interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: { field: string; reason: string }[];
  rule?: string;
}

/** GET /auth/me (issue #12). */
export interface SignedInStaff {
  staffId: string;
  name: string;
  email: string;
  role: 'operator' | 'analyst' | 'compliance' | 'admin';
  locale: string;
}

export interface FollowUpView {
  customerId: string;
  capturedAt: string;
  recordedAt: string;
  status: 'open' | 'overdue';
  overdueAt: string | null;
  escalatedTo: string | null;
}

/** GET /followups. */
export interface FollowUps {
  deadlineMinutes: number;
  owners: { ownerId: string | null; open: FollowUpView[]; overdue: FollowUpView[] }[];
}
