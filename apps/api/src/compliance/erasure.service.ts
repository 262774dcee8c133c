import { Injectable } from '@nestjs/common';
import { CommandPipeline, commandMetadata, handleOptions, writeAnswer, type WriteAnswer, type WriteContext } from '#crm/commands';
import { customerDecider, customerStreamName, type EraseCustomer } from '#crm/domain';
import { DataKeyStore, subjectOfStream } from '#crm/crypto';

export type ErasureAnswer = WriteAnswer & { customerId: string; erased: true; keyDestroyed: boolean };

/**
 * Erasure by crypto-shredding. The CustomerErased event is appended first, so the log says who
 * erased whom and when, and no later write can add personal data (the domain refuses them);
 * then the key is destroyed. A retry after a crash between the two finds the event there and
 * destroys the key: erasing is idempotent.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly keys: DataKeyStore,
  ) {}

  async erase(customerId: string, write: WriteContext): Promise<ErasureAnswer> {
    const command: EraseCustomer = { type: 'EraseCustomer', data: { customerId }, metadata: commandMetadata(write) };
    const answer = writeAnswer(await this.pipeline.handle(customerDecider, command, handleOptions(write)));
    const keyDestroyed = await this.keys.destroy(subjectOfStream(customerStreamName(customerId))!);
    return { customerId, erased: true, keyDestroyed, ...answer };
  }
}
