import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { ErasureLedger } from '#crm/compliance';
import { CommandPipeline, commandMetadata, EVENT_CODEC, handleOptions, loadStream, writeAnswer, type EventCodec, type WriteAnswer, type WriteContext } from '#crm/commands';
import { customerDecider, customerStreamName, recordsMergedInto, type EraseCustomer } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { DataKeyStore, subjectOfStream } from '#crm/crypto';
import { READ_DB, type ReadDatabase } from '#crm/read-store';

export type ErasureAnswer = WriteAnswer & { customerId: string; erased: true; keyDestroyed: boolean };

/**
 * Erasure by crypto-shredding. The CustomerErased event is appended first, so the log says who
 * erased whom and when, and no later write can add personal data (the domain refuses them);
 * then the key is destroyed. A retry after a crash between the two finds the event there and
 * destroys the key: erasing is idempotent. The erasure ledger is written before the key goes, so
 * no destroyed key is missing from it (a restore re-applies what it lists). A survivor's erasure
 * erases the records merged into it too, each the same way: their touches are the same person's.
 */
@Injectable()
export class ErasureService {
  private readonly ledger: ErasureLedger;

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly keys: DataKeyStore,
    @Inject(READ_DB) db: Kysely<ReadDatabase>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
  ) {
    this.ledger = new ErasureLedger(db);
  }

  async erase(customerId: string, write: WriteContext): Promise<ErasureAnswer> {
    const answer = await this.eraseOne(customerId, write);
    // After the survivor, so a retry of an erasure cut short still finds them in its stream.
    const { events } = await loadStream(this.store, this.codec, customerStreamName(customerId));
    // If-Match names the survivor's revision, not the absorbed records'.
    for (const absorbedId of recordsMergedInto(events)) await this.eraseOne(absorbedId, { ...write, expectedRevision: undefined });
    return answer;
  }

  private async eraseOne(customerId: string, write: WriteContext): Promise<ErasureAnswer> {
    const command: EraseCustomer = { type: 'EraseCustomer', data: { customerId }, metadata: commandMetadata(write) };
    const answer = writeAnswer(await this.pipeline.handle(customerDecider, command, handleOptions(write)));
    const erased = answer.events.find((event) => event.type === 'CustomerErased');
    if (erased) await this.ledger.record({ customerId, eventId: erased.eventId, erasedAt: command.metadata.now, actor: command.metadata.actor });
    const keyDestroyed = await this.keys.destroy(subjectOfStream(customerStreamName(customerId))!);
    return { customerId, erased: true, keyDestroyed, ...answer };
  }
}
