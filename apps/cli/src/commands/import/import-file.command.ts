import { openEventStore } from '#crm/event-store';
import { importFile, MappingError, useImportHeapPolicy, type ImportKind } from '#crm/import';
import type { CliCommand } from '../../framework/cli-command.js';
import { optionalFlag } from '../../framework/command-input.js';
import { UsageError } from '../../framework/usage-error.js';
import { openCliDatabase } from '../../database/open-cli-database.js';
import { openEventCodec } from '../../database/open-event-codec.js';
import { ProgressBar } from '../../progress/progress-bar.js';
import { importSummaryText } from './import-summary.text.js';
import { readMappingFile } from './read-mapping-file.js';

const what: Record<ImportKind, string> = {
  customers: 'customers (persons or organizations), one per row',
  organizations: 'organizations (companies, accounts), one per row',
  touches: 'touches: calls, emails, notes, purchases (an invoice\'s lines share its key)',
  staff: 'staff members, one per row, with their managers',
  opportunities: 'opportunities (deals), one per row, as they stand',
};

/** `crm import <kind> FILE`: one command per kind, alike but for what the rows hold. */
export function importCommand(kind: ImportKind): CliCommand {
  return {
    path: ['import', kind],
    summary: `Import ${what[kind]} from a CSV file (.csv or .csv.gz); re-running appends only what is new.`,
    usage: 'FILE [--mapping FILE.json] [--map section.field=Column ...] [--source NAME] [--time-zone ZONE] [--currency CODE]',
    details: [
      '',
      '  --mapping    a JSON column mapping (see docs/import.md; ready-made ones in mappings/)',
      '  --map        set one mapping field, e.g. --map customer.key=CustomerID (repeatable)',
      '  --source     the source system\'s name: names external ids and seeds derived ids',
      '  --time-zone  the zone of date-times without an offset (default UTC)',
      '  --currency   the currency of amounts (default EUR)',
      '',
      'Bad rows are reported by line and skipped; exit 0 once the file was processed, 1 when it',
      'could not be, 2 for a bad command line or mapping.',
    ],
    options: {
      mapping: { type: 'string' },
      map: { type: 'string', multiple: true },
      source: { type: 'string' },
      'time-zone': { type: 'string' },
      currency: { type: 'string' },
    },
    positionals: ['FILE'],
    async run(input, context) {
      const mappingFile = optionalFlag(input, 'mapping');
      const mapping = mappingFile === undefined ? undefined : await readMappingFile(mappingFile);
      const overrides = {
        map: (input.values.map as string[] | undefined) ?? [],
        source: optionalFlag(input, 'source'),
        timeZone: optionalFlag(input, 'time-zone'),
        currency: optionalFlag(input, 'currency'),
      };
      useImportHeapPolicy();
      const database = await openCliDatabase(context.config);
      const progress = new ProgressBar({ label: `import ${kind}`, unit: 'rows', stream: context.stderr });
      try {
        const codec = await openEventCodec(context.config, database.db, (line) => context.stderr.write(`${line}\n`));
        const store = await openEventStore({ databaseUrl: database.url, eventStoreUrl: context.config.eventStoreUrl });
        try {
          const summary = await importFile({
            store,
            codec,
            kind,
            file: input.positionals[0]!,
            mapping,
            overrides,
            onProgress: ({ rowsRead, bytesRead, bytesTotal }) => {
              // The number of rows is known only at the end; the share of bytes read estimates it.
              if (bytesRead > 0) progress.setTotal(Math.max(rowsRead, Math.round((rowsRead * bytesTotal) / bytesRead)));
              progress.update(rowsRead);
            },
          }).catch((error: unknown) => {
            throw error instanceof MappingError ? new UsageError(error.message) : error;
          });
          progress.setTotal(summary.rowsRead);
          progress.finish();
          context.result(importSummaryText(summary), summary);
        } finally {
          await store.close();
        }
      } finally {
        await database.close();
      }
    },
  };
}
