import type { Command, Decider } from '../shared/decider.js';
import { RuleViolation, ValidationError } from '../shared/errors.js';
import { segmentStreamName } from '../shared/stream-names.js';
import type { SegmentRule } from './segment-rule.js';
import { ruleProblems } from './segment-rule.validation.js';
import type { SegmentDefined } from './segment.events.js';

export type DefineSegment = Command<'DefineSegment', { segmentId: string; name: string; description: string | null; rule: unknown }>;

type SegmentState = { defined: boolean };

/** A segment is defined once; its rule must be a valid tree, every bad node named by its path. */
export const segmentDecider: Decider<DefineSegment, SegmentDefined, SegmentState> = {
  streamName: (command) => segmentStreamName(command.data.segmentId),
  initialState: { defined: false },
  evolve: (state, event) => (event.type === 'SegmentDefined' ? { defined: true } : state),
  decide(command, state) {
    if (state.defined) throw new RuleViolation('segment-already-defined', 'this segment is already defined');
    const problems = ruleProblems(command.data.rule);
    if (problems.length > 0) throw new ValidationError(problems);
    const { segmentId, name, description } = command.data;
    return [
      {
        type: 'SegmentDefined',
        data: { segmentId, name, description, rule: command.data.rule as SegmentRule, occurredAt: command.metadata.now.toISOString() },
      },
    ];
  },
};
