import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PostgresEventStore } from '#crm/event-store';
import { importFile, type ImportMapping } from '#crm/import';
import { ProjectionRebuilder } from '#crm/projection-runner';
import { analyticsProjection, type ForecastFit } from '#crm/projections';
import { createReadDb, migrateReadStore } from '#crm/read-store';
import { createBenchDatabase } from '../support/bench-database.js';
import { runJsonChild } from '../support/json-child.js';
import { round } from '../support/stats.js';

export interface ForecastFigures {
  lines: number;
  customers: number;
  importSeconds: number;
  projectSeconds: number;
  fitSeconds: number;
  peakRssMb: number;
  fit: ForecastFit;
}

const here = dirname(fileURLToPath(import.meta.url));
const childScript = join(here, '..', 'forecast-child.js');
/** The full CDNOW cohort, beside the repository (../shared/data/cdnow/README.md). */
const MASTER = resolve('../shared/data/cdnow/cdnow_master.csv.gz');

/**
 * Case 9: the purchase models fitted on the full CDNOW cohort (23,570 customers, 69,659 lines),
 * calibration to 1997-09-30 as in the papers. The import and the analytics projection are setup;
 * the fit runs in a child process whose peak RSS is the figure.
 */
export async function forecastCase(): Promise<ForecastFigures> {
  if (!existsSync(MASTER)) throw new Error(`${MASTER} absent: case 9 needs the shared CDNOW data beside the repository`);
  const database = await createBenchDatabase('forecast');
  try {
    const store = await PostgresEventStore.connect({ connectionString: database.url, poolSize: 8 });
    const db = createReadDb(database.url, { maxConnections: 4 });
    let importSeconds: number;
    let projectSeconds: number;
    let lines: number;
    try {
      await migrateReadStore(db);
      const mapping = JSON.parse(readFileSync(resolve('mappings/cdnow.json'), 'utf8')) as ImportMapping;
      let started = performance.now();
      const summary = await importFile({ store, file: MASTER, kind: 'touches', mapping });
      importSeconds = (performance.now() - started) / 1000;
      lines = summary.rowsRead;
      started = performance.now();
      await new ProjectionRebuilder({ store, db, projections: [analyticsProjection] }).rebuildAll();
      projectSeconds = (performance.now() - started) / 1000;
    } finally {
      await store.close();
      await db.destroy();
    }
    const { fit, seconds, maxRssKb } = await runJsonChild<{ fit: ForecastFit; seconds: number; maxRssKb: number }>(childScript, [database.url, '1997-09-30']);
    return {
      lines,
      customers: fit.customers,
      importSeconds: round(importSeconds),
      projectSeconds: round(projectSeconds),
      fitSeconds: round(seconds),
      peakRssMb: Math.round(maxRssKb / 1024),
      fit,
    };
  } finally {
    await database.drop();
  }
}
