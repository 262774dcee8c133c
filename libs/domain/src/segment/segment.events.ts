import type { DomainEvent } from '../shared/decider.js';
import type { SegmentRule } from './segment-rule.js';

/**
 * A segment's definition is a fact in the log, so the projection rebuilds it with everything else.
 * It lives in the segment's own stream, `segment-<uuid>`; a segment is defined once.
 */
export type SegmentDefined = DomainEvent<
  'SegmentDefined',
  { segmentId: string; name: string; description: string | null; rule: SegmentRule; occurredAt: string }
>;

export const SEGMENT_DEFINED = 'SegmentDefined';
