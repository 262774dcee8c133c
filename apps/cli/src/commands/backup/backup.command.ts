import { ErasureLedger, ERASURE_LEDGER_SCHEMA, migrateErasureLedger } from '#crm/compliance';
import { loadMasterKey } from '#crm/crypto';
import type { ActorRole } from '#crm/domain';
import { openEventStore, type EventStore } from '#crm/event-store';
import type { CliCommand } from '../../framework/cli-command.js';
import { openCliDatabase } from '../../database/open-cli-database.js';
import { ProgressBar } from '../../progress/progress-bar.js';
import { writeBackupFile } from './backup-file.js';
import { startPgTool } from './pg-tools.js';

/** Erasures made before the ledger existed are in the log only: copied to the ledger before each backup. */
async function ledgerFromLog(store: EventStore, ledger: ErasureLedger): Promise<void> {
  for await (const event of store.readAll({ filter: { eventTypes: ['CustomerErased'] } })) {
    const actor = event.metadata.actor as { id: string; role: ActorRole };
    await ledger.record({ customerId: String(event.data.customerId), eventId: event.id, erasedAt: event.recordedAt, actor: { id: actor.id, role: actor.role } });
  }
}

export const backupCommand: CliCommand = {
  path: ['backup'],
  summary: 'Write an encrypted, consistent copy of the database (log, read models, data keys) to FILE; the erasure ledger stays out.',
  usage: 'FILE',
  positionals: ['FILE'],
  details: [
    '',
    '  Safe while the CRM runs: pg_dump reads one snapshot. Needs pg_dump on PATH and the master key',
    '  (CRM_MASTER_KEY) — the file is encrypted with a key wrapped by it. See docs/operations.md.',
  ],
  async run(input, context) {
    const [file] = input.positionals;
    const masterKey = await loadMasterKey(context.config, (line) => context.stderr.write(`${line}\n`));
    const database = await openCliDatabase(context.config);
    try {
      const store = await openEventStore({ eventStoreUrl: context.config.eventStoreUrl, databaseUrl: database.url });
      try {
        // A database the current release has not started on yet has no ledger so far.
        await migrateErasureLedger(database.db);
        await ledgerFromLog(store, new ErasureLedger(database.db));
      } finally {
        await store.close();
      }
      const dump = startPgTool('pg_dump', ['--format=custom', `--exclude-schema=${ERASURE_LEDGER_SCHEMA}`, '--no-owner', '--no-privileges'], database.url);
      const bar = new ProgressBar({ label: 'Backing up', unit: 'bytes', stream: context.stderr });
      const [header] = await Promise.all([writeBackupFile(file, masterKey, dump.process.stdout, (bytes) => bar.update(bytes)), dump.done]);
      bar.finish();
      context.result(`Backed up to ${file} (${header.createdAt}, master key ${header.masterKeyId}).`, { file, ...header, wrappedKey: undefined });
    } finally {
      await database.close();
    }
  },
};
