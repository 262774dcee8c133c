import { CommandPipeline, loadStream } from '#crm/commands';
import { ErasureLedger } from '#crm/compliance';
import { DataKeyStore, PersonalDataCodec, subjectOfStream } from '#crm/crypto';
import { customerDecider, customerStreamName, type EraseCustomer } from '#crm/domain';
import type { EventStore } from '#crm/event-store';

/**
 * Every erasure the ledger holds, done again on the restored database: CustomerErased appended
 * with its original event id where the restored log lacks it (a person the backup predates has no
 * stream: nothing to append), and the data key destroyed. Returns how many people were erased anew.
 */
export async function reapplyErasures(ledger: ErasureLedger, store: EventStore, keys: DataKeyStore): Promise<number> {
  const codec = new PersonalDataCodec(keys);
  const pipeline = new CommandPipeline(store, codec);
  let reapplied = 0;
  for (const entry of await ledger.all()) {
    const streamName = customerStreamName(entry.customerId);
    if ((await loadStream(store, codec, streamName)).revision !== null) {
      const command: EraseCustomer = { type: 'EraseCustomer', data: { customerId: entry.customerId }, metadata: { now: entry.erasedAt, actor: entry.actor } };
      const result = await pipeline.handle(customerDecider, command, { eventIds: [entry.eventId] });
      if (result.events.length > 0) reapplied++;
    }
    await keys.destroy(subjectOfStream(streamName)!);
  }
  return reapplied;
}
