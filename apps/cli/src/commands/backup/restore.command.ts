import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { currentEventDecoder } from '#crm/commands';
import { describeVerifyReport, ErasureLedger, ERASURE_LEDGER_SCHEMA, migrateErasureLedger, verifyLog } from '#crm/compliance';
import { loadMasterKey, loadSealKey, openDataKeyStore, PersonalDataCodec } from '#crm/crypto';
import { openEventStore } from '#crm/event-store';
import { ProjectionRebuilder } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { migrateReadStore, type ReadDatabase } from '#crm/read-store';
import type { CliCommand } from '../../framework/cli-command.js';
import { openCliDatabase } from '../../database/open-cli-database.js';
import { ProgressBar } from '../../progress/progress-bar.js';
import { summedProgress } from '../projections/rebuild-projections.command.js';
import { readBackupFile } from './backup-file.js';
import { startPgTool } from './pg-tools.js';
import { reapplyErasures } from './reapply-erasures.js';

/** Everything but the erasure ledger goes: the backup brings it all back. */
async function emptyAllButLedger(db: Kysely<ReadDatabase>): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select nspname as name from pg_namespace
    where nspname not in (${ERASURE_LEDGER_SCHEMA}, 'pg_catalog', 'information_schema') and nspname not like 'pg\\_%'`.execute(db);
  for (const { name } of rows) await sql`drop schema ${sql.id(name)} cascade`.execute(db);
  await sql`create schema public`.execute(db);
}

export const restoreCommand: CliCommand = {
  path: ['restore'],
  summary: 'Replace the database with the backup in FILE, re-apply every erasure since (the ledger), rebuild the projections, verify the log.',
  usage: 'FILE',
  positionals: ['FILE'],
  details: [
    '',
    '  Stop the api, projector and worker first. Needs pg_restore on PATH and the master key the',
    '  backup was made with. Events written after the backup are not in it (see RPO in docs/operations.md).',
  ],
  async run(input, context) {
    const [file] = input.positionals;
    const warn = (line: string) => context.stderr.write(`${line}\n`);
    const masterKey = await loadMasterKey(context.config, warn);
    const work = await mkdtemp(join(tmpdir(), 'crm-restore-'));
    try {
      const archive = join(work, 'database.dump');
      const decrypting = new ProgressBar({ label: 'Decrypting the backup', unit: 'bytes', stream: context.stderr });
      // All of it is decrypted and authenticated before the database is touched.
      const header = await readBackupFile(file, masterKey, archive, (done, total) => {
        decrypting.setTotal(total);
        decrypting.update(done);
      });
      decrypting.finish();
      const database = await openCliDatabase(context.config);
      try {
        context.stderr.write('Restoring the database...\n');
        await emptyAllButLedger(database.db);
        await startPgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', archive], database.url).done;
        await migrateErasureLedger(database.db);
        await migrateReadStore(database.db);
        const store = await openEventStore({ eventStoreUrl: context.config.eventStoreUrl, databaseUrl: database.url });
        try {
          const keys = await openDataKeyStore(database.db, masterKey);
          const erasures = await reapplyErasures(new ErasureLedger(database.db), store, keys);
          const rebuilding = new ProgressBar({ label: `Rebuilding ${allProjections.length} projections`, unit: 'events', stream: context.stderr });
          const rebuilder = new ProjectionRebuilder({ store, db: database.db, projections: allProjections, decode: currentEventDecoder(new PersonalDataCodec(keys)) });
          await rebuilder.rebuildAll(undefined, { onProgress: summedProgress(rebuilding) });
          rebuilding.finish();
          const { publicKey } = await loadSealKey(context.config, warn);
          const verified = await verifyLog({ store, db: database.db, publicKey });
          const summary = `Restored ${file} (backup of ${header.createdAt}); ${erasures} erasure(s) made since re-applied; projections rebuilt; log ${describeVerifyReport(verified)}.`;
          context.result(summary, { file, backupCreatedAt: header.createdAt, erasuresReapplied: erasures, verify: verified });
          if (verified.status !== 'intact') throw new Error(`the restored log does not verify: ${describeVerifyReport(verified)}`);
        } finally {
          await store.close();
        }
      } finally {
        await database.close();
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
};
