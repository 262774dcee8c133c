import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '#crm/event-store';
import type { EventLog } from '../../analytics/testing/recorded-events.js';
import { type SegmentRule, SEGMENT_DEFINED, segmentStreamName } from '#crm/domain';

export function defineSegment(log: EventLog, rule: SegmentRule, at: string, segmentId: string = randomUUID()): RecordedEvent {
  return log.add(segmentStreamName(segmentId), SEGMENT_DEFINED, { segmentId, name: `segment ${segmentId.slice(0, 8)}`, description: null, rule, occurredAt: at }, at);
}

/** Rules reading every group of facts, for property tests. */
export const sampleRules: SegmentRule[] = [
  { fact: 'attribute', key: 'country', op: 'eq', value: 'GB' },
  { all: [{ fact: 'purchases', op: 'gte', value: 2 }, { not: { fact: 'owner', op: 'eq', value: 's-1' } }] },
  { any: [{ fact: 'revenue', currency: 'GBP', days: 30, op: 'gt', value: 5000 }, { fact: 'openComplaints', op: 'gte', value: 1 }] },
  { fact: 'daysSinceLastTouch', op: 'lt', value: 10 },
  { fact: 'averageSurveyScore', op: 'lte', value: 6 },
  { fact: 'lifecycleStage', op: 'in', value: ['customer', 'prospect'] },
];
