/**
 * Time travel on real data: Online Retail (2010–2011) imported now, asked how things stood on
 * 10 December 2011 (validAt). The expected figures come from the CSV by plain code here: the
 * lifecycle rules of docs/lifecycle.md written out for a shop whose only touches are invoices, and
 * a time-relative segment counted off the invoice dates.
 *
 * The slice (the whole file would not fit the CI budget): every row of the customers whose
 * CustomerID ends in 3, about a tenth of them, for the whole year, so each customer's history is
 * whole.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { defaultLifecycleRules as rules, segmentStreamName } from '#crm/domain';
import { describeWithData, REAL_DATA } from '#test/support/real-data';
import { importFile, ImportIds, type ImportMapping } from '#crm/import';
import { lifecycleProjection, segmentsProjection, validTimeProjection } from '#crm/projections';
import { LifecycleModule } from '../../apps/api/src/lifecycle/lifecycle.module.js';
import { SegmentsModule } from '../../apps/api/src/segments/segments.module.js';
import { CommandsModule } from '#crm/commands';
import { startReadModelTestApp, type ReadModelTestApp } from '../../apps/api/src/analytics/testing/read-model-test-app.js';

const RETAIL = join(REAL_DATA, 'online-retail', 'online_retail.csv.gz');
const DAY = 86_400_000;
const VALID_AT = '2011-12-10';
const V = Date.parse(`${VALID_AT}T00:00:00Z`);

type Row = { InvoiceNo: string; Quantity: string; InvoiceDate: string; UnitPrice: string; CustomerID: string };

/** The last Sunday of a month (UTC date), where British Summer Time starts (March) and ends (October), at 01:00 UTC. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** InvoiceDate is the shop's clock in London: an hour ahead of UTC in summer. */
function instant(invoiceDate: string): number {
  const local = Date.parse(`${invoiceDate.replace(' ', 'T')}Z`);
  const year = new Date(local).getUTCFullYear();
  const summer = local - 3_600_000 >= lastSunday(year, 2) && local - 3_600_000 < lastSunday(year, 9);
  return summer ? local - 3_600_000 : local;
}

/** A line as the CRM counts it: pence, rounded half away from zero (the file's prices have at most three decimals). */
function linePence(row: Row): number {
  const [whole, fraction = ''] = row.UnitPrice.split('.');
  const tenths = Math.abs(Number(row.Quantity)) * (Number(whole) * 1000 + Number(fraction.padEnd(3, '0')));
  return Math.floor((tenths + 5) / 10);
}

interface Invoice {
  at: number;
  cancellation: boolean;
  pence: number;
}

/**
 * The lifecycle rules (docs/lifecycle.md) for customers whose only touches are purchases and
 * cancellations, with no cost known: a purchase makes a customer, lost a year after the last one;
 * high-value from a year's net revenue, captive from a year's purchases. A customer who only ever
 * took goods back was never reached: a lead, lost when the lead lapses.
 */
function stageAt(firstSeen: number, invoices: Invoice[], at: number): { stage: string; grade: string | null } {
  const known = invoices.filter((invoice) => invoice.at <= at);
  const purchases = known.filter((invoice) => !invoice.cancellation);
  if (purchases.length === 0) return at >= firstSeen + rules.leadLapseDays * DAY ? { stage: 'lost', grade: null } : { stage: 'lead', grade: null };
  const lastBought = Math.max(...purchases.map((invoice) => invoice.at));
  if (at >= lastBought + rules.purchaseLapseDays * DAY) return { stage: 'lost', grade: null };
  const inWindow = known.filter((invoice) => invoice.at > at - rules.valueWindowDays * DAY);
  const revenue = inWindow.reduce((sum, invoice) => sum + (invoice.cancellation ? -invoice.pence : invoice.pence), 0);
  if (revenue >= rules.highValueRevenue) return { stage: 'customer', grade: 'high-value' };
  const bought = inWindow.filter((invoice) => !invoice.cancellation).length;
  return { stage: 'customer', grade: bought >= rules.captivePurchases ? 'captive' : 'low-value' };
}

describeWithData('time travel on Online Retail: how things stood on 10 December 2011', ['online-retail'], () => {
  const ids = new ImportIds('online-retail');
  let api: ReadModelTestApp;
  let folder: string;
  const customers = new Map<string, { firstSeen: number; invoices: Invoice[] }>();

  beforeAll(async () => {
    api = await startReadModelTestApp(
      'time_travel_real_data',
      [CommandsModule, LifecycleModule, SegmentsModule],
      [lifecycleProjection, segmentsProjection, validTimeProjection],
    );
    folder = mkdtempSync(join(tmpdir(), 'crm-time-travel-'));
    const text = gunzipSync(readFileSync(RETAIL)).toString('utf8');
    const header = text.slice(0, text.indexOf('\n'));
    const all = parse(text, { columns: true, skip_empty_lines: true }) as Row[];
    const rows = all.filter((row) => row.CustomerID.endsWith('3'));
    const quote = (value: string) => (/[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
    const file = join(folder, 'online-retail-slice.csv');
    writeFileSync(file, [header, ...rows.map((row) => Object.values(row).map(quote).join(','))].join('\n'));

    // One invoice per number: the import records one purchase (or cancellation) per invoice, at its first line's time.
    const invoices = new Map<string, Invoice & { customer: string }>();
    for (const row of rows) {
      const customer = customers.get(row.CustomerID) ?? { firstSeen: instant(row.InvoiceDate), invoices: [] };
      customers.set(row.CustomerID, customer);
      const invoice = invoices.get(row.InvoiceNo);
      if (invoice) invoice.pence += linePence(row);
      else
        invoices.set(row.InvoiceNo, {
          customer: row.CustomerID,
          at: instant(row.InvoiceDate),
          cancellation: row.InvoiceNo.startsWith('C'),
          pence: linePence(row),
        });
    }
    for (const { customer, ...invoice } of invoices.values()) customers.get(customer)!.invoices.push(invoice);

    const mapping = JSON.parse(readFileSync('mappings/online-retail.json', 'utf8')) as ImportMapping;
    const summary = await importFile({ store: api.store, file, kind: 'touches', mapping, now: new Date('2025-01-01T00:00:00Z') });
    expect(summary.badRows).toEqual([]);
    await api.caughtUp();
  }, 900_000);

  afterAll(async () => {
    await api?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives the customers per stage and grade on that day, as the rules judge the invoices up to it', async () => {
    const expected = { stages: {} as Record<string, number>, grades: {} as Record<string, number> };
    for (const { firstSeen, invoices } of customers.values()) {
      if (firstSeen > V) continue;
      const { stage, grade } = stageAt(firstSeen, invoices, V);
      expected.stages[stage] = (expected.stages[stage] ?? 0) + 1;
      if (grade) expected.grades[grade] = (expected.grades[grade] ?? 0) + 1;
    }
    const response = await api.get(`/lifecycle/summary?validAt=${VALID_AT}`);
    expect(response.statusCode).toBe(200);
    const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));
    expect({ stages: nonZero(response.json().stages), grades: nonZero(response.json().grades) }).toEqual(expected);
    // Judged now, at import time, every one of them has long lapsed: the question only validAt answers.
    expect(expected.stages.customer).toBeGreaterThan(100);
    expect((await api.get('/lifecycle/summary')).json().stages.customer).toBe(0);
  });

  it('gives one customer’s stage on that day and the transitions up to it', async () => {
    const [key, history] = [...customers].find(([, customer]) => customer.invoices.filter((invoice) => !invoice.cancellation).length >= 5)!;
    const response = await api.get(`/customers/${ids.customer(key)}/lifecycle?validAt=${VALID_AT}`);
    expect(response.statusCode).toBe(200);
    const answer = response.json();
    expect({ stage: answer.stage, grade: answer.grade }).toEqual(stageAt(history.firstSeen, history.invoices, V));
    for (const transition of answer.transitions) {
      const at = Date.parse(transition.at);
      expect(at).toBeLessThanOrEqual(V);
      expect(stageAt(history.firstSeen, history.invoices, at)).toEqual(transition.to);
    }
  });

  it('gives the members of a time-relative segment on that day: two or more purchases in the 90 days before it', async () => {
    const segmentId = randomUUID();
    const rule = { fact: 'purchases', op: 'gte', value: 2, days: 90 };
    const defined = await api.store.appendToStream(segmentStreamName(segmentId), [
      {
        id: randomUUID(),
        type: 'SegmentDefined',
        data: { segmentId, name: 'Regulars', description: null, rule, occurredAt: new Date().toISOString() },
        metadata: { schemaVersion: 1 },
      },
    ]);
    await api.runner.waitFor('segments', defined.position);

    const expected = [...customers]
      .filter(
        ([, { firstSeen, invoices }]) =>
          firstSeen <= V && invoices.filter((invoice) => !invoice.cancellation && invoice.at > V - 90 * DAY && invoice.at <= V).length >= 2,
      )
      .map(([key]) => ids.customer(key))
      .sort();
    const members: string[] = [];
    let after: string | null = null;
    do {
      const page = await api.get(`/segments/${segmentId}/members?validAt=${VALID_AT}&limit=40${after ? `&after=${after}` : ''}`, 'analyst');
      expect(page.statusCode).toBe(200);
      members.push(...page.json().members.map((member: { customerId: string }) => member.customerId));
      after = page.json().next;
    } while (after !== null);
    expect(members).toEqual(expected);
    expect(expected.length).toBeGreaterThan(40);
    // Now, long after the last invoice, nobody has bought in the last 90 days.
    expect((await api.get(`/segments/${segmentId}/members`, 'analyst')).json().members).toEqual([]);
  });
});
