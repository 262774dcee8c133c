import 'reflect-metadata';
import { PostgresEventStore } from '#crm/event-store';
import { ProjectionRebuilder } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { createReadDb, migrateReadStore } from '#crm/read-store';

/**
 * Case 4 in a process of its own, so its RSS high-water mark is the rebuild's and not what the
 * benchmark held before. Prints one JSON line.
 */
async function main(url: string): Promise<void> {
  const store = await PostgresEventStore.connect({ connectionString: url, poolSize: 4 });
  // One connection per projection applying a page at once, one for the rebuild locks, one for progress.
  const db = createReadDb(url, { maxConnections: allProjections.length + 2 });
  await migrateReadStore(db);
  const rssBefore = process.resourceUsage().maxRSS;
  const pageSize = process.env.BENCH_REBUILD_PAGE_SIZE ? Number(process.env.BENCH_REBUILD_PAGE_SIZE) : undefined;
  // BENCH_REBUILD_PAGES_AHEAD=1: every projection within a page of the slowest, as the pass was in lockstep
  const pagesAhead = process.env.BENCH_REBUILD_PAGES_AHEAD ? Number(process.env.BENCH_REBUILD_PAGES_AHEAD) : undefined;
  const rebuilder = new ProjectionRebuilder({ store, db, projections: allProjections, pageSize, pagesAhead });
  const started = performance.now();
  // BENCH_REBUILD_PROJECTIONS=a,b: only these (to profile one projection's share)
  const results = await rebuilder.rebuildAll(process.env.BENCH_REBUILD_PROJECTIONS ? process.env.BENCH_REBUILD_PROJECTIONS.split(',') : undefined);
  const seconds = (performance.now() - started) / 1000;
  const projections = results.map((result) => ({ name: result.projection, eventsApplied: result.eventsApplied, seconds: result.durationMs / 1000, applySeconds: result.applyMs / 1000 }));
  const maxRssKb = process.resourceUsage().maxRSS;
  await store.close();
  await db.destroy();
  process.stdout.write(`${JSON.stringify({ seconds, pageSize: pageSize ?? null, projections, maxRssKb, rssBeforeKb: rssBefore })}\n`);
}

main(process.argv[2]).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
