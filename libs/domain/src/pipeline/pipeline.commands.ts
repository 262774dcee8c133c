import type { Command } from '../shared/decider.js';
import type { PipelineStage } from './pipeline.events.js';

export type DefinePipelineStages = Command<'DefinePipelineStages', { pipelineId: string; stages: PipelineStage[] }>;

export type PipelineCommand = DefinePipelineStages;
