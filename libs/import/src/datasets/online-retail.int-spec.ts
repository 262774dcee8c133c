import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { PostgresEventStore, type EventStore } from '#crm/event-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { ImportIds } from '../ids/import-ids.js';
import { importTouches } from '../import.service.js';
import type { ImportSummary } from '../import-summary.js';
import type { ImportMapping } from '../mapping/import-mapping.js';
import { allEvents, type StoredEvent } from '../testing/log-census.js';
import { describeWithData } from '#test/support/real-data';

const SLICE_LINES = 5_000;
type Line = { InvoiceNo: string; StockCode: string; Quantity: string; UnitPrice: string; CustomerID: string; Country: string };

async function firstLines(file: string, count: number): Promise<string> {
  const lines: string[] = [];
  const reader = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  for await (const line of reader) {
    lines.push(line);
    if (lines.length === count) break;
  }
  reader.close();
  return `${lines.join('\n')}\n`;
}

// The expected figures, by plain arithmetic over the raw lines: prices in this slice have at most two decimals.
const pence = (line: Line) => Number(line.Quantity) * Math.round(Number(line.UnitPrice) * 100);

function invoiceTotals(lines: Line[]): Map<string, { customer: string; amount: number }> {
  const invoices = new Map<string, { customer: string; amount: number }>();
  for (const line of lines) {
    const invoice = invoices.get(line.InvoiceNo) ?? { customer: line.CustomerID, amount: 0 };
    invoice.amount += pence(line);
    invoices.set(line.InvoiceNo, invoice);
  }
  return invoices;
}

describeWithData('the UCI Online Retail mapping, on the first 5,000 lines', ['online-retail'], (folder) => {
  let database: TestDatabase;
  let store: EventStore;
  let work: string;
  let lines: Line[];
  let summary: ImportSummary;
  let events: StoredEvent[];
  const ids = new ImportIds('online-retail');

  beforeAll(async () => {
    database = await createTestDatabase('import_online_retail');
    store = await PostgresEventStore.connect({ connectionString: database.url });
    work = await mkdtemp(join(tmpdir(), 'crm-import-'));
    const slice = join(work, 'online_retail_head.csv');
    const text = await firstLines(join(folder, 'online_retail.csv.gz'), SLICE_LINES);
    await writeFile(slice, text);
    lines = parse(text, { columns: true });
    const mapping = JSON.parse(readFileSync('mappings/online-retail.json', 'utf8')) as ImportMapping;
    summary = await importTouches({ store, file: slice, mapping, batchRows: 1_000 });
    events = await allEvents(database.url);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await database?.drop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('registers one customer per CustomerID and skips guest lines, counted', () => {
    const customers = new Set(lines.map((line) => line.CustomerID).filter(Boolean));
    const registered = events.filter((event) => event.type === 'CustomerRegistered');
    expect(registered.map((event) => event.data.customerId).sort()).toEqual([...customers].map(ids.customer).sort());
    expect(summary.rowsRead).toBe(SLICE_LINES - 1);
    expect(summary.skipped).toEqual({ 'guest purchase (no CustomerID)': lines.filter((line) => !line.CustomerID).length });
  });

  it('records one purchase per invoice with its amount in pence', () => {
    const expected = invoiceTotals(lines.filter((line) => line.CustomerID && !line.InvoiceNo.startsWith('C')));
    const purchases = events.filter((event) => event.type === 'PurchaseRecorded');
    expect(new Map(purchases.map((event) => [event.data.orderId, { customer: event.data.customerId, amount: event.data.amount }]))).toEqual(
      new Map([...expected].map(([invoice, { customer, amount }]) => [invoice, { customer: ids.customer(customer), amount }])),
    );
    const lineCount = purchases.reduce((sum, event) => sum + event.data.lines.length, 0);
    expect(lineCount).toBe(lines.filter((line) => line.CustomerID && !line.InvoiceNo.startsWith('C')).length);
  });

  it('records each cancellation against an earlier order of the customer, or reports all its lines', () => {
    const cancellations = invoiceTotals(lines.filter((line) => line.CustomerID && line.InvoiceNo.startsWith('C')));
    const cancelled = events.filter((event) => event.type === 'PurchaseCancelled');
    const refusedLines = summary.badRows.filter((row) => row.reason.startsWith('cancels an order'));
    expect(summary.badRows).toEqual(refusedLines);
    const cancellationLines = lines.flatMap((line, index) => (line.CustomerID && line.InvoiceNo.startsWith('C') ? [{ line: index + 2, invoice: line.InvoiceNo }] : []));
    const refusedInvoices = new Set(cancellationLines.filter(({ line }) => refusedLines.some((row) => row.line === line)).map(({ invoice }) => invoice));
    expect(cancelled.length + refusedInvoices.size).toBe(cancellations.size);
    expect(cancelled.length).toBeGreaterThan(0);

    const importedTotal = [...cancellations].filter(([invoice]) => !refusedInvoices.has(invoice)).reduce((sum, [, { amount }]) => sum - amount, 0);
    expect(cancelled.reduce((sum, event) => sum + event.data.amount, 0)).toBe(importedTotal);
    const orders = new Map(events.filter((event) => event.type === 'PurchaseRecorded').map((event) => [event.data.orderId, event]));
    for (const event of cancelled) {
      const order = orders.get(event.data.orderId)!;
      expect(order.data.customerId).toBe(event.data.customerId);
      expect(order.data.occurredAt <= event.data.occurredAt).toBe(true);
    }
  });

  it('adds up, per customer, to the same total as the raw lines', () => {
    const net = new Map<string, number>();
    for (const event of events) {
      if (event.type !== 'PurchaseRecorded' && event.type !== 'PurchaseCancelled') continue;
      const sign = event.type === 'PurchaseRecorded' ? 1 : -1;
      net.set(event.data.customerId, (net.get(event.data.customerId) ?? 0) + sign * event.data.amount);
    }
    const refused = new Set(summary.badRows.map((row) => row.line));
    const expected = new Map<string, number>();
    lines.forEach((line, index) => {
      if (!line.CustomerID || refused.has(index + 2)) return;
      expected.set(ids.customer(line.CustomerID), (expected.get(ids.customer(line.CustomerID)) ?? 0) + pence(line));
    });
    expect(net).toEqual(expected);
    expect(summary.eventsAppended).toBe(events.length);
  });
});
