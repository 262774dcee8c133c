import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { ErasureLedger } from '#crm/compliance';
import { CommandPipeline, commandMetadata, handleOptions, writeAnswer, type WriteAnswer, type WriteContext } from '#crm/commands';
import { customerDecider, customerStreamName, type EraseCustomer } from '#crm/domain';
import { DataKeyStore, subjectOfStream } from '#crm/crypto';
import { READ_DB, type ReadDatabase } from '#crm/read-store';

export type ErasureAnswer = WriteAnswer & { customerId: string; erased: true; keyDestroyed: boolean };

/**
 * Erasure by crypto-shredding. The CustomerErased event is appended first, so the log says who
 * erased whom and when, and no later write can add personal data (the domain refuses them);
 * then the key is destroyed. A retry after a crash between the two finds the event there and
 * destroys the key: erasing is idempotent. The erasure ledger is written before the key goes, so
 * no destroyed key is missing from it (a restore re-applies what it lists).
 */
@Injectable()
export class ErasureService {
  private readonly ledger: ErasureLedger;

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly keys: DataKeyStore,
    @Inject(READ_DB) db: Kysely<ReadDatabase>,
  ) {
    this.ledger = new ErasureLedger(db);
  }

  async erase(customerId: string, write: WriteContext): Promise<ErasureAnswer> {
    const command: EraseCustomer = { type: 'EraseCustomer', data: { customerId }, metadata: commandMetadata(write) };
    const answer = writeAnswer(await this.pipeline.handle(customerDecider, command, handleOptions(write)));
    const erased = answer.events.find((event) => event.type === 'CustomerErased');
    if (erased) await this.ledger.record({ customerId, eventId: erased.eventId, erasedAt: command.metadata.now, actor: command.metadata.actor });
    const keyDestroyed = await this.keys.destroy(subjectOfStream(customerStreamName(customerId))!);
    return { customerId, erased: true, keyDestroyed, ...answer };
  }
}
