import type { Decider } from '../shared/decider.js';
import { integerProblem, oneOfProblem, uuidProblem } from '../shared/field-checks.js';
import { pipelineStreamName } from '../shared/stream-names.js';
import { unknownCommand } from '../shared/unknown-command.js';
import { assertValid, type Check } from '../shared/validation.js';
import { opportunityStages } from '../opportunity/opportunity.events.js';
import type { DefinePipelineStages, PipelineCommand } from './pipeline.commands.js';
import { defaultPipelineStages, type PipelineEvent, type PipelineStage, type PipelineStagesDefined } from './pipeline.events.js';

export type PipelineState = { stages: readonly PipelineStage[] };

export const initialPipelineState: PipelineState = { stages: defaultPipelineStages };

export function evolvePipeline(state: PipelineState, event: PipelineEvent): PipelineState {
  return event.type === 'PipelineStagesDefined' ? { stages: event.data.stages } : state;
}

function stageProblems(stages: unknown): Check[] {
  if (!Array.isArray(stages) || stages.length === 0) return [['stages', 'must list at least one stage']];
  const seen = new Set<unknown>();
  return stages.flatMap((entry: Partial<PipelineStage>, index): Check[] => {
    const duplicate = seen.has(entry.stage) ? 'is listed twice' : null;
    seen.add(entry.stage);
    return [
      [`stages.${index}.stage`, oneOfProblem(entry.stage, opportunityStages) ?? duplicate],
      [`stages.${index}.probability`, integerProblem(entry.probability, { min: 0, max: 100 })],
    ];
  });
}

/** The same stages and probabilities in the same order record nothing. */
export function definePipelineStages({ data, metadata }: DefinePipelineStages, state: PipelineState): PipelineStagesDefined[] {
  assertValid([['pipelineId', uuidProblem(data.pipelineId)], ...stageProblems(data.stages)]);
  const stages = data.stages.map(({ stage, probability }) => ({ stage, probability }));
  if (JSON.stringify(stages) === JSON.stringify(state.stages)) return [];
  return [{ type: 'PipelineStagesDefined', data: { pipelineId: data.pipelineId, occurredAt: metadata.now.toISOString(), stages } }];
}

export function decidePipeline(command: PipelineCommand, state: PipelineState): PipelineEvent[] {
  if (command.type === 'DefinePipelineStages') return definePipelineStages(command, state);
  throw unknownCommand(command as never);
}

export const pipelineDecider: Decider<PipelineCommand, PipelineEvent, PipelineState> = {
  streamName: (command) => pipelineStreamName(command.data.pipelineId),
  decide: decidePipeline,
  evolve: evolvePipeline,
  initialState: initialPipelineState,
};
