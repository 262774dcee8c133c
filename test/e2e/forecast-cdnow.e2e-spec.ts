/**
 * The correctness anchor of the purchase forecasts (docs/marketing.md): the CDNOW sample imported
 * through the import service with mappings/cdnow.json, projected, and fitted with calibration end
 * 1997-09-30, reproduces the published BG/NBD and Gamma-Gamma parameters to their published
 * precision; each customer's forecast over HTTP agrees with the closed forms written out here,
 * independently of the domain's code, from the raw file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describeWithData } from '#test/support/real-data';
import { CommandsModule } from '#crm/commands';
import { importFile, ImportIds, type ImportMapping, type ImportSummary } from '#crm/import';
import { analyticsProjection, forecastFits, segmentsProjection, type ForecastFit } from '#crm/projections';
import { runCli } from '../../apps/cli/src/framework/run-cli.js';
import { forecastFitCommand } from '../../apps/cli/src/commands/forecast/forecast-fit.command.js';
import { ForecastModule } from '../../apps/api/src/forecast/forecast.module.js';
import { SegmentsModule } from '../../apps/api/src/segments/segments.module.js';
import { startReadModelTestApp, type ReadModelTestApp } from '../../apps/api/src/analytics/testing/read-model-test-app.js';

type Line = { customer_id: string; date: string; dollar_value: string };

const DAY_MS = 86_400_000;
const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const END = '1997-09-30';

/** x, t_x, T (weeks) and the repeat days' mean spend in cents, from the raw lines up to `end`. */
function historyOf(lines: Line[], end: string) {
  const spend = new Map<number, number>();
  for (const line of lines) {
    if (line.date > end) continue;
    spend.set(day(line.date), (spend.get(day(line.date)) ?? 0) + Math.round(Number(line.dollar_value) * 100));
  }
  const days = [...spend.keys()].sort((a, b) => a - b);
  const repeats = days.slice(1);
  return {
    x: repeats.length,
    tx: (days.at(-1)! - days[0]!) / 7,
    T: (day(end) - days[0]!) / 7,
    m: repeats.length === 0 ? null : repeats.reduce((sum, d) => sum + spend.get(d)!, 0) / repeats.length,
  };
}

/** ₂F₁ by its series, term by term: a second, plain implementation for the comparison. */
function gauss(a: number, b: number, c: number, z: number): number {
  let sum = 0;
  let term = 1;
  for (let n = 0; n < 100_000 && term > 1e-17 * sum; n++) {
    sum += term;
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
  }
  return sum;
}

describeWithData('purchase forecasts on the CDNOW sample', ['cdnow'], (folder) => {
  /** `crm forecast fit ...` on the test's database. */
  async function crm(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['forecast', 'fit', ...args], [forecastFitCommand], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: { DATABASE_URL: api.databaseUrl, LOG_LEVEL: 'fatal' },
    });
    return { code, stdout, stderr };
  }

  let api: ReadModelTestApp;
  let summary: ImportSummary;
  let lines: Line[];
  let fit: ForecastFit;
  const ids = new ImportIds('cdnow');

  beforeAll(async () => {
    api = await startReadModelTestApp('forecast_cdnow', [CommandsModule, ForecastModule, SegmentsModule], [analyticsProjection, segmentsProjection]);
    const file = join(folder, 'cdnow_sample.csv');
    lines = parse(readFileSync(file, 'utf8'), { columns: true }) as Line[];
    const mapping = JSON.parse(readFileSync('mappings/cdnow.json', 'utf8')) as ImportMapping;
    summary = await importFile({ store: api.store, file, kind: 'touches', mapping, now: new Date('2026-01-01T00:00:00Z') });
    await api.caughtUp();
    const fitted = await crm(['--calibration-end', END, '--json']);
    expect(fitted).toMatchObject({ code: 0, stderr: '' });
    fit = JSON.parse(fitted.stdout) as ForecastFit;
  }, 600_000);

  afterAll(async () => {
    await api?.close();
  });

  it('imports every line: one customer per customer_id, one purchase per customer and day', () => {
    expect(summary.badRows).toEqual([]);
    expect(summary.rowsRead).toBe(lines.length);
    const customers = new Set(lines.map((line) => line.customer_id));
    const customerDays = new Set(lines.map((line) => `${line.customer_id}/${line.date}`));
    expect(customers.size).toBe(2357);
    expect(summary.eventsAppended).toBe(customers.size + customerDays.size);
  });

  it('reproduces the published BG/NBD fit: r = 0.243, α = 4.414, a = 0.793, b = 2.426, log-likelihood −9582.4', () => {
    const { r, alpha, a, b } = fit.bgNbd.parameters;
    expect(fit.customers).toBe(2357);
    expect(r).toBeCloseTo(0.243, 3);
    expect(alpha).toBeCloseTo(4.414, 3);
    expect(a).toBeCloseTo(0.793, 3);
    expect(b).toBeCloseTo(2.426, 3);
    expect(fit.bgNbd.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(fit).toMatchObject({ calibrationStart: '1997-01-01', calibrationEnd: END, currency: 'USD' });
  });

  it('reproduces the published Gamma-Gamma fit: p = 6.25, q = 3.74, γ = 15.44 (dollars; the CRM counts cents)', () => {
    const { p, q, gamma } = fit.gammaGamma!.parameters;
    expect(fit.gammaGamma!.customers).toBe(946);
    expect(p).toBeCloseTo(6.25, 2);
    expect(q).toBeCloseTo(3.74, 2);
    expect(gamma / 100).toBeCloseTo(15.44, 2);
  });

  it('prints the fit for people, and refuses a calibration end that is not a date', async () => {
    const printed = await crm(['--calibration-end', END]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('r = 0.243  α = 4.414  a = 0.793  b = 2.426');
    expect(printed.stdout).toContain('log-likelihood -9582.4');
    expect(printed.stdout).toContain('p = 6.25  q = 3.74');
    const refused = await crm(['--calibration-end', '30/09/1997']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--calibration-end must be a date');
  });

  it('keeps the fits, newest first', async () => {
    const kept = await forecastFits(api.db, 10);
    expect(kept).toHaveLength(2);
    expect(kept[1]!.id).toBe(fit.id);
    const answer = await api.get('/forecast/fits');
    expect(answer.statusCode).toBe(200);
    expect(answer.json().items.map((item: ForecastFit) => item.id)).toEqual(kept.map((item) => item.id));
    expect(answer.json().items[1]).toMatchObject({ id: fit.id, calibrationEnd: END, bgNbd: { logLikelihood: fit.bgNbd.logLikelihood } });
  });

  it('gives each customer the P(alive) and expected purchases of the closed forms, from the raw lines', async () => {
    const { r, alpha, a, b } = fit.bgNbd.parameters;
    const { p, q, gamma } = fit.gammaGamma!.parameters;
    const weeks = 39;
    for (const customer of ['1', '2', '3', '18', '100', '1000', '2357']) {
      const { x, tx, T, m } = historyOf(
        lines.filter((line) => line.customer_id === customer),
        END,
      );
      const alive = x === 0 ? 1 : 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));
      const purchases =
        ((a + b + x - 1) / (a - 1)) *
        (1 - ((alpha + T) / (alpha + T + weeks)) ** (r + x) * gauss(r + x, b + x, a + b + x - 1, weeks / (alpha + T + weeks))) *
        alive;
      const spend = m === null ? (p * gamma) / (q - 1) : (p * (gamma + x * m)) / (p * x + q - 1);

      const answer = await api.get(
        `/customers/${ids.customer(customer)}/forecast?asOf=${END}T12:00:00Z&days=${weeks * 7}&horizonDays=${weeks * 7}&discountRate=0`,
        'operator',
      );
      expect(answer.statusCode).toBe(200);
      const { forecast } = answer.json();
      expect(forecast.history).toMatchObject({ x, tx: expect.closeTo(tx, 10), T: expect.closeTo(T, 10) });
      expect(forecast.probabilityAlive).toBeCloseTo(alive, 10);
      expect(forecast.expectedPurchases).toBeCloseTo(purchases, 8);
      expect(forecast.expectedSpend).toBeCloseTo(spend, 6);
      // Undiscounted, the CLV over the same horizon is the purchases expected times their spend.
      expect(forecast.clv).toBeCloseTo(purchases * spend, 4);
    }
  });

  it('sums up the base: every customer in the distribution, the top CLV first, at-risk customers below the threshold', async () => {
    const answer = await api.get(`/analytics/forecast?asOf=${END}&limit=5&atRiskBelow=0.3`);
    expect(answer.statusCode).toBe(200);
    const overview = answer.json();
    expect(overview.customers).toBe(2357);
    expect(overview.distribution.reduce((sum: number, bucket: { customers: number }) => sum + bucket.customers, 0)).toBe(2357);
    expect(overview.topClv).toHaveLength(5);
    const clvs = overview.topClv.map((item: { clv: { minor: number } }) => item.clv.minor);
    expect(clvs).toEqual([...clvs].sort((x, y) => y - x));
    expect(overview.clv).toMatchObject({ currency: overview.fit.currency, amount: expect.stringMatching(/^\d+\.\d{2}$/) });
    const file = (await api.get(`/analytics/forecast?asOf=${END}&limit=5&atRiskBelow=0.3&format=csv`)).body.split('\r\n');
    const header = file[0]!.split(',');
    const currency = overview.fit.currency as string;
    expect(header).toEqual(expect.arrayContaining(['section', `expectedSpend ${currency}`, `clv ${currency}`, `spent ${currency}`]));
    const top = file.find((line) => line.startsWith('topClv,'))!.split(',');
    expect(top[header.indexOf(`clv ${currency}`)]).toBe(overview.topClv[0].clv.amount);
    expect(overview.atRisk.length).toBeGreaterThan(0);
    for (const item of overview.atRisk) {
      expect(item.probabilityAlive).toBeLessThan(0.3);
      expect(item.history.x).toBeGreaterThan(0);
    }
  });

  it('makes P(alive) a segment fact: the customers a rule holds are those the closed form puts below its value', async () => {
    const preview = await api.app.inject({
      method: 'POST',
      url: '/segments/preview',
      headers: { 'x-api-key': api.keys.analyst },
      payload: { rule: { all: [{ fact: 'probabilityAlive', op: 'lt', value: 0.3 }] } },
    });
    expect(preview.statusCode).toBe(200);
    const { matching, customers, evaluatedAt } = preview.json();
    const { r, alpha, a, b } = fit.bgNbd.parameters;
    const asOf = (evaluatedAt as string).slice(0, 10);
    const byCustomer = new Map<string, Line[]>();
    for (const line of lines) byCustomer.set(line.customer_id, [...(byCustomer.get(line.customer_id) ?? []), line]);
    let slipping = 0;
    for (const own of byCustomer.values()) {
      const { x, tx, T } = historyOf(own, asOf);
      if (x > 0 && 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x)) < 0.3) slipping += 1;
    }
    expect(customers).toBe(2357);
    expect(slipping).toBeGreaterThan(0);
    expect(matching).toBe(slipping);
  });

  it('answers 404 for a customer it does not know, and 400 naming a bad horizon', async () => {
    expect((await api.get('/customers/00000000-0000-4000-8000-000000000000/forecast', 'operator')).statusCode).toBe(404);
    const bad = await api.get(`/customers/${ids.customer('1')}/forecast?days=0`, 'operator');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('days');
  });
});
