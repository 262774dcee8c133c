import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { passThroughCodec, type EventActor, type EventCodec } from '#crm/commands';
import type { EventStore } from '#crm/event-store';
import { openCsv, type CsvSource } from './csv/csv-source.js';
import { countBy, type BadRow, type ImportProgress, type ImportSummary } from './import-summary.js';
import { CustomerAttachments } from './ids/customer-attachments.js';
import { compileMapping } from './mapping/compile-mapping.js';
import { defaultMapping } from './mapping/default-mapping.js';
import type { ImportKind } from './mapping/import-kind.js';
import type { ImportMapping } from './mapping/import-mapping.js';
import { withOverrides, type MappingOverrides } from './mapping/mapping-overrides.js';
import { plannerFor } from './plan/planner-for.js';
import type { RowPlanner } from './plan/row-planner.js';
import { RecordGrouper, type SourceRecord } from './records/record-grouper.js';
import type { StreamWriteContext } from './streams/decide-stream.js';
import { StreamViews } from './streams/stream-views.js';
import { BatchWriter } from './streams/write-batch.js';

export type ImportOptions = {
  store: EventStore;
  file: string;
  kind: ImportKind;
  /** The mapping file's content; absent, the documented columns of the kind are read. */
  mapping?: ImportMapping;
  overrides?: MappingOverrides;
  codec?: EventCodec;
  /** The import's clock: the time deciders see, and the business time of rows that give none. */
  now?: Date;
  actor?: EventActor;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows decided and appended together, in one appendToStreams call. */
  batchRows?: number;
  /** Streams read and decided at once. */
  concurrency?: number;
  /** Events the stream views kept between batches may hold together (see StreamViews). */
  cachedEvents?: number;
};

const GROUP_GAP_ROWS = 1_000;

/**
 * Imports a CSV file of one kind. Rows are streamed and gathered into records (an invoice's lines),
 * records into batches; in a batch each stream's commands are decided by the domain's decider against
 * the stream's own events, and every stream's events are appended in one call, each with its expected
 * revision.
 * Event ids derive from the rows' natural keys, so a second run appends only what is new.
 * Bad rows are reported with their line and skipped; a MappingError or ImportFileError stops the import
 * before anything is written.
 */
export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const startedAt = performance.now();
  const csv = await openCsv(options.file);
  try {
    const mapping = compileMapping(options.kind, withOverrides(options.mapping ?? defaultMapping(options.kind, csv.header), options.overrides ?? {}), {
      header: csv.header,
      folder: dirname(options.file),
    });
    const importId = randomUUID();
    const now = options.now ?? new Date();
    const actor = options.actor ?? { id: 'import', role: 'system', name: `import from ${mapping.source}` };
    const metadata = { now, actor: { id: actor.id, role: actor.role }, correlationId: importId };
    const planner = plannerFor(options.kind, { mapping, metadata });
    const codec = options.codec ?? passThroughCodec;
    const attachments = new CustomerAttachments(options.store, codec, mapping.ids, metadata, options.concurrency ?? 8);
    const writer: StreamWriteContext = {
      store: options.store,
      codec,
      views: new StreamViews(options.store, codec, options.cachedEvents),
      ids: mapping.ids,
      now,
      actor,
      correlationId: importId,
    };
    const totals = await run(csv, planner, writer, attachments, options);
    const badRows = totals.badRows.sort((a, b) => a.line - b.line);
    return {
      importId,
      file: options.file,
      kind: options.kind,
      source: mapping.source,
      rowsRead: totals.rowsRead,
      eventsAppended: totals.eventsAppended,
      alreadyImported: totals.alreadyImported,
      skipped: totals.skipped,
      badRows,
      badRowsByReason: countBy(badRows, (row) => row.reason),
      durationMs: Math.round(performance.now() - startedAt),
    };
  } finally {
    csv.close();
  }
}

/** `importFile` for a file of touches: what the jobs and the benchmark call without the CLI. */
export const importTouches = (options: Omit<ImportOptions, 'kind'>): Promise<ImportSummary> => importFile({ ...options, kind: 'touches' });

type Totals = { rowsRead: number; eventsAppended: number; alreadyImported: number; skipped: Record<string, number>; badRows: BadRow[] };

async function run(csv: CsvSource, planner: RowPlanner, writer: StreamWriteContext, attachments: CustomerAttachments, options: ImportOptions): Promise<Totals> {
  const totals: Totals = { rowsRead: 0, eventsAppended: 0, alreadyImported: 0, skipped: {}, badRows: [] };
  const report = {
    bad: (line: number, reason: string) => totals.badRows.push({ line, reason }),
    skip: (reason: string, rows: number) => (totals.skipped[reason] = (totals.skipped[reason] ?? 0) + rows),
  };
  // Two batches are held at once (one decided while the one before is appended), and the heap grows
  // to a multiple of what is held: 20,000 rows took the heap past 1 GB where 5,000 are as fast.
  const batchRows = options.batchRows ?? 5_000;
  const grouper = new RecordGrouper(GROUP_GAP_ROWS);
  let batch: SourceRecord[] = [];
  let rowsInBatch = 0;

  const batches = new BatchWriter(writer, options.concurrency ?? 8, (outcomes) => {
    for (const outcome of outcomes) {
      totals.eventsAppended += outcome.appended;
      totals.alreadyImported += outcome.alreadyImported;
      for (const { lines, reason } of outcome.refused) for (const line of lines) totals.badRows.push({ line, reason });
    }
    options.onProgress?.({ rowsRead: totals.rowsRead, eventsAppended: totals.eventsAppended, bytesRead: csv.bytesRead(), bytesTotal: csv.bytesTotal });
  });
  const flush = async () => {
    if (planner.customersOf) await attachments.resolve(batch.flatMap(planner.customersOf));
    const commands = batch.flatMap((record) => planner.plan(record, report));
    batch = [];
    rowsInBatch = 0;
    await batches.write(commands);
  };

  for await (const row of csv.rows) {
    totals.rowsRead += 1;
    if ('problem' in row) {
      report.bad(row.line, row.problem);
      continue;
    }
    if (row.values.length !== csv.header.length) {
      report.bad(row.line, `has ${row.values.length} fields where the header has ${csv.header.length}`);
      continue;
    }
    const { complete, closedAt } = grouper.add(row, planner.keyOf(row.values));
    if (closedAt !== undefined) report.bad(row.line, `its record's other rows are more than ${GROUP_GAP_ROWS} rows away (from line ${closedAt})`);
    for (const record of complete) {
      batch.push(record);
      rowsInBatch += record.rows.length;
    }
    if (rowsInBatch >= batchRows) await flush();
  }
  batch.push(...grouper.flush());
  await flush();
  await batches.finish();
  return totals;
}
