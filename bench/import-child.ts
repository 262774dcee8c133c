import { PostgresEventStore } from '#crm/event-store';
import { importTouches, useImportHeapPolicy, type ImportMapping } from '#crm/import';
import { TOUCHES_CSV_MAPPING } from '../test/generators/touches-csv.generator.js';
import { progressLine } from './support/progress-line.js';

/**
 * Case 3's import in a process of its own, so its RSS high-water mark is the import's alone.
 * Prints one JSON line.
 */
async function main(url: string, file: string): Promise<void> {
  useImportHeapPolicy();
  const store = await PostgresEventStore.connect({ connectionString: url, poolSize: 10 });
  try {
    const started = performance.now();
    const progress = progressLine('import, rows');
    const summary = await importTouches({
      store,
      file,
      mapping: TOUCHES_CSV_MAPPING as unknown as ImportMapping,
      onProgress: ({ rowsRead }) => progress(rowsRead, (performance.now() - started) / 1000),
    });
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${JSON.stringify({ seconds, eventsAppended: summary.eventsAppended, badRows: summary.badRows.length, maxRssKb: process.resourceUsage().maxRSS })}\n`,
    );
  } finally {
    await store.close();
  }
}

main(process.argv[2]!, process.argv[3]!).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
