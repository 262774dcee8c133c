import { Inject, Injectable } from '@nestjs/common';
import {
  checkExpectedRevision,
  CommandPipeline,
  commandMetadata,
  EVENT_CODEC,
  handleOptions,
  loadStream,
  writeAnswer,
  type EventCodec,
  type WriteAnswer,
  type WriteContext,
} from '#crm/commands';
import { customerDecider, customerStreamName, decideCustomer, stateAsOf, type CustomerCommand, type CustomerEvent } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import type { MergeDto } from './merge.dto.js';

/**
 * A merge touches two streams, and the log has no transaction across streams: each step is
 * idempotent and ordered so that a request cut short is finished by sending it again. Merge: the
 * absorbed record points at the survivor first, then the survivor takes it. Unmerge: the absorbed
 * record stands alone first, then the survivor lets it go.
 */
@Injectable()
export class CustomerMergeService {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
  ) {}

  async merge(customerId: string, { from }: MergeDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    const metadata = commandMetadata(write);
    const merge: CustomerCommand = { type: 'MergeCustomer', data: { customerId, from }, metadata };
    // The survivor's rules first, so a refused merge leaves the other record untouched.
    decideCustomer(merge, stateAsOf<ReturnType<typeof customerDecider.evolve>, CustomerEvent>(customerDecider, await this.survivorEvents(customerId, write)));
    await this.pipeline.handle(customerDecider, { type: 'AbsorbCustomer', data: { customerId: from, into: customerId }, metadata }, this.secondStream(write));
    return { id: customerId, ...writeAnswer(await this.pipeline.handle(customerDecider, merge, handleOptions(write))) };
  }

  async unmerge(customerId: string, { from }: MergeDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    const metadata = commandMetadata(write);
    const unmerge: CustomerCommand = { type: 'UnmergeCustomer', data: { customerId, from }, metadata };
    // Only If-Match first: an unknown `from` is a 404 from its own stream, as on a merge.
    if (write.expectedRevision !== undefined) await this.survivorEvents(customerId, write);
    await this.pipeline.handle(customerDecider, { type: 'RestoreCustomer', data: { customerId: from, from: customerId }, metadata }, this.secondStream(write));
    return { id: customerId, ...writeAnswer(await this.pipeline.handle(customerDecider, unmerge, handleOptions(write))) };
  }

  /** Checks the survivor's If-Match before the other record is written, so a stale request writes neither. */
  private async survivorEvents(customerId: string, write: WriteContext) {
    const streamName = customerStreamName(customerId);
    const { events, revision } = await loadStream(this.store, this.codec, streamName);
    checkExpectedRevision(streamName, write.expectedRevision, revision);
    return events;
  }

  /** If-Match names the survivor's revision, not the other record's. */
  private secondStream(write: WriteContext) {
    return handleOptions({ ...write, expectedRevision: undefined });
  }
}
