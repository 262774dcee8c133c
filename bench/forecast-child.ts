import { fitForecast } from '#crm/projections';
import { createReadDb } from '#crm/read-store';

/** Case 9's fit in a process of its own, so its RSS high-water mark is the fit's. Prints one JSON line. */
async function main(url: string, calibrationEnd: string): Promise<void> {
  const db = createReadDb(url, { maxConnections: 2 });
  const started = performance.now();
  const fit = await fitForecast(db, { calibrationEnd, now: new Date() });
  const seconds = (performance.now() - started) / 1000;
  await db.destroy();
  process.stdout.write(`${JSON.stringify({ fit, seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

main(process.argv[2]!, process.argv[3]!).catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
});
