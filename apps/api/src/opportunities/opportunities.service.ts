import { Inject, Injectable } from '@nestjs/common';
import {
  CommandPipeline,
  commandMetadata,
  createdId,
  EVENT_CODEC,
  handleOptions,
  lastPosition,
  loadStream,
  writeAnswer,
  type EventCodec,
  type WriteAnswer,
  type WriteContext,
} from '#crm/commands';
import { customerStreamName, NotFoundError, opportunityDecider, ValidationError, type OpportunityCommand } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import type { ChangeStageDto } from './dto/change-stage.dto.js';
import type { LoseOpportunityDto } from './dto/lose-opportunity.dto.js';
import type { OpenOpportunityDto } from './dto/open-opportunity.dto.js';
import type { UpdateOpportunityDto } from './dto/update-opportunity.dto.js';
import type { WinOpportunityDto } from './dto/win-opportunity.dto.js';

type Answer = WriteAnswer & { id: string };

@Injectable()
export class OpportunitiesService {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
  ) {}

  async open(dto: OpenOpportunityDto, write: WriteContext): Promise<{ id: string; revision: number | null; position: string | null }> {
    const ownerId = dto.ownerId ?? write.actor?.staffId;
    if (!ownerId) throw new ValidationError([{ field: 'ownerId', reason: 'is required: this API key acts for no staff member' }]);
    await this.requireCustomer(dto.customerId);
    const opportunityId = createdId(write, 'opportunity');
    const answer = await this.handle({ type: 'OpenOpportunity', data: { ...dto, opportunityId, ownerId }, metadata: commandMetadata(write) }, write);
    return { id: answer.id, revision: answer.revision, position: lastPosition(answer) };
  }

  changeStage(opportunityId: string, dto: ChangeStageDto, write: WriteContext): Promise<Answer> {
    return this.handle({ type: 'ChangeOpportunityStage', data: { ...dto, opportunityId }, metadata: commandMetadata(write) }, write);
  }

  update(opportunityId: string, dto: UpdateOpportunityDto, write: WriteContext): Promise<Answer> {
    return this.handle({ type: 'UpdateOpportunity', data: { ...dto, opportunityId }, metadata: commandMetadata(write) }, write);
  }

  win(opportunityId: string, dto: WinOpportunityDto, write: WriteContext): Promise<Answer> {
    return this.handle({ type: 'WinOpportunity', data: { ...dto, opportunityId }, metadata: commandMetadata(write) }, write);
  }

  lose(opportunityId: string, dto: LoseOpportunityDto, write: WriteContext): Promise<Answer> {
    return this.handle({ type: 'LoseOpportunity', data: { ...dto, opportunityId }, metadata: commandMetadata(write) }, write);
  }

  private async handle(command: OpportunityCommand, write: WriteContext): Promise<Answer> {
    return { id: command.data.opportunityId, ...writeAnswer(await this.pipeline.handle(opportunityDecider, command, handleOptions(write))) };
  }

  /** A deal for a customer nobody registered would be an orphan in every report: 404 instead. */
  private async requireCustomer(customerId: string): Promise<void> {
    const { revision } = await loadStream(this.store, this.codec, customerStreamName(customerId));
    if (revision === null) throw new NotFoundError('customer', customerId);
  }
}
