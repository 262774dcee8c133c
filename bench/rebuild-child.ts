import 'reflect-metadata';
import { PostgresEventStore } from '@crm/event-store';
import { ProjectionRebuilder } from '@crm/projection-runner';
import { allProjections } from '@crm/projections';
import { createReadDb, migrateReadStore } from '@crm/read-store';

/**
 * Case 4 in a process of its own, so its RSS high-water mark is the rebuild's and not what the
 * benchmark held before. Prints one JSON line.
 */
async function main(url: string): Promise<void> {
  const store = await PostgresEventStore.connect({ connectionString: url, poolSize: 4 });
  const db = createReadDb(url, { maxConnections: 6 });
  await migrateReadStore(db);
  const rssBefore = process.resourceUsage().maxRSS;
  const rebuilder = new ProjectionRebuilder({ store, db, projections: allProjections });
  const started = performance.now();
  const projections: { name: string; eventsApplied: number; seconds: number }[] = [];
  for (const projection of allProjections) {
    const result = await rebuilder.rebuild(projection.name);
    projections.push({ name: projection.name, eventsApplied: result.eventsApplied, seconds: result.durationMs / 1000 });
  }
  const seconds = (performance.now() - started) / 1000;
  const maxRssKb = process.resourceUsage().maxRSS;
  await store.close();
  await db.destroy();
  process.stdout.write(`${JSON.stringify({ seconds, projections, maxRssKb, rssBeforeKb: rssBefore })}\n`);
}

main(process.argv[2]).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
