import { ValidationError } from '../shared/errors.js';
import { metadata, nowIso } from '../testing/fixtures.js';
import { deciderSpec } from '../testing/given.js';
import type { DefinePipelineStages } from './pipeline.commands.js';
import { pipelineDecider } from './pipeline.decide.js';
import { defaultPipelineId, defaultPipelineStages, stageProbability, type PipelineStagesDefined } from './pipeline.events.js';

const given = deciderSpec(pipelineDecider);
const pipelineId = defaultPipelineId;
const define = (stages: DefinePipelineStages['data']['stages']): DefinePipelineStages => ({
  type: 'DefinePipelineStages',
  data: { pipelineId, stages },
  metadata,
});
const stages = [
  { stage: 'qualification' as const, probability: 20 },
  { stage: 'proposal' as const, probability: 60 },
];
const defined: PipelineStagesDefined = { type: 'PipelineStagesDefined', data: { pipelineId, occurredAt: nowIso, stages } };

describe('DefinePipelineStages', () => {
  it('records a new definition, replacing the default one', () => {
    given([]).when(define(stages)).then([defined]);
  });

  it('records nothing when the definition is the one in force', () => {
    given([])
      .when(define([...defaultPipelineStages]))
      .then([]);
    given([defined]).when(define(stages)).then([]);
  });

  it('refuses no stages, an unknown or repeated stage and a probability outside 0–100', () => {
    given([])
      .when(define([]))
      .thenThrows(ValidationError, { errors: [{ field: 'stages', reason: 'must list at least one stage' }] });
    given([])
      .when(
        define([
          { stage: 'proposal', probability: 50 },
          { stage: 'proposal', probability: 101 },
          { stage: 'dreaming' as never, probability: 5 },
        ]),
      )
      .thenThrows(ValidationError, {
        errors: [
          { field: 'stages.1.stage', reason: 'is listed twice' },
          { field: 'stages.1.probability', reason: 'must be at most 100' },
          { field: 'stages.2.stage', reason: expect.stringContaining('must be one of') },
        ],
      });
  });
});

describe('stageProbability', () => {
  it('takes the definition’s probability, or the fallback for a stage it leaves out', () => {
    expect(stageProbability(stages, 'proposal')).toBe(60);
    expect(stageProbability(stages, 'negotiation')).toBe(75);
    expect(stageProbability(defaultPipelineStages, 'prospecting')).toBe(5);
  });
});
