import type { DomainEvent } from '../shared/decider.js';
import type { OpportunityStage } from '../opportunity/opportunity.events.js';

/** A stage of the board with the chance, in whole percent, that a deal in it is won. */
export type PipelineStage = { stage: OpportunityStage; probability: number };

/**
 * The board's open stages in order, each with its default probability. Won (100) and lost (0) are
 * outcomes, not stages. Each definition replaces the previous one whole.
 */
export type PipelineStagesDefined = DomainEvent<'PipelineStagesDefined', { pipelineId: string; occurredAt: string; stages: PipelineStage[] }>;

export type PipelineEvent = PipelineStagesDefined;

/** The pipeline every CRM has until one is defined. */
export const defaultPipelineId = '00000000-0000-4000-8000-00000000b0a4';

export const defaultPipelineStages: readonly PipelineStage[] = [
  { stage: 'qualification', probability: 10 },
  { stage: 'needs-analysis', probability: 25 },
  { stage: 'proposal', probability: 50 },
  { stage: 'negotiation', probability: 75 },
];

/**
 * The probability of a stage the definition leaves out: deals opened before it (imports write
 * prospecting and engaging) keep a sensible weight instead of dropping out of the forecast.
 */
export const fallbackStageProbability: Readonly<Record<OpportunityStage, number>> = {
  prospecting: 5,
  engaging: 10,
  qualification: 10,
  'needs-analysis': 25,
  proposal: 50,
  negotiation: 75,
};

export function stageProbability(stages: readonly PipelineStage[], stage: OpportunityStage): number {
  return stages.find((defined) => defined.stage === stage)?.probability ?? fallbackStageProbability[stage];
}
