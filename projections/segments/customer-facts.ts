import { noFacts, type LifecycleFacts } from '#crm/domain';

/** What the segments projection knows of one customer: all a rule may read, and nothing personal. */
export interface CustomerFacts {
  customerId: string;
  active: boolean;
  kind: string | null;
  source: string | null;
  ownerId: string | null;
  attributes: Record<string, string | number | boolean>;
  /** Instants are epoch milliseconds of business time, so the facts survive a JSON round trip. */
  lastTouchAt: number | null;
  openComplaints: number;
  lastSurveyScore: number | null;
  surveyCount: number;
  surveyTotal: number;
  /** Signed: cancellations are negative. */
  purchases: { at: number; amount: number; currency: string; cancellation: boolean }[];
  complaints: { at: number }[];
  /** Kept by the domain's lifecycle rules from this projection's own events. */
  lifecycle: LifecycleFacts;
}

export function emptyFacts(customerId: string): CustomerFacts {
  return {
    customerId,
    active: false,
    kind: null,
    source: null,
    ownerId: null,
    attributes: {},
    lastTouchAt: null,
    openComplaints: 0,
    lastSurveyScore: null,
    surveyCount: 0,
    surveyTotal: 0,
    purchases: [],
    complaints: [],
    lifecycle: noFacts,
  };
}
