import { combinedLifecycleFacts, noFacts, type LifecycleFacts } from '#crm/domain';

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
  /** When the last survey was answered: which record's score a merged customer reads. */
  lastSurveyAt: number | null;
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
    lastSurveyAt: null,
    surveyCount: 0,
    surveyTotal: 0,
    purchases: [],
    complaints: [],
    lifecycle: noFacts,
  };
}

/**
 * A copy applyFact may change without touching `facts`: it changes only the top level and the
 * purchase and complaint lists in place; everything else it replaces (the lifecycle facts are the
 * domain's, never changed in place). structuredClone of every point was half a replay's CPU in valid_time.
 */
export function copyFacts(facts: CustomerFacts): CustomerFacts {
  return { ...facts, purchases: [...facts.purchases], complaints: [...facts.complaints] };
}

const laterOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * A survivor's facts read together with those of a record merged into it (docs/duplicates.md): what
 * both did counts for one customer, who the customer is (profile, owner) stays the survivor's. Pure
 * and applied when evaluated, so each record's own facts stay stored for an unmerge.
 */
export function combinedFacts(survivor: CustomerFacts, absorbed: CustomerFacts): CustomerFacts {
  const laterSurvey = absorbed.lastSurveyAt !== null && (survivor.lastSurveyAt === null || absorbed.lastSurveyAt > survivor.lastSurveyAt) ? absorbed : survivor;
  return {
    ...survivor,
    lastTouchAt: laterOf(survivor.lastTouchAt, absorbed.lastTouchAt),
    openComplaints: survivor.openComplaints + absorbed.openComplaints,
    lastSurveyScore: laterSurvey.lastSurveyScore,
    lastSurveyAt: laterSurvey.lastSurveyAt,
    surveyCount: survivor.surveyCount + absorbed.surveyCount,
    surveyTotal: survivor.surveyTotal + absorbed.surveyTotal,
    purchases: [...survivor.purchases, ...absorbed.purchases],
    complaints: [...survivor.complaints, ...absorbed.complaints],
    lifecycle: combinedLifecycleFacts(survivor.lifecycle, absorbed.lifecycle),
  };
}
