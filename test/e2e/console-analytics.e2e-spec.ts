import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';

const purchase = (orderId: string, amount: number, occurredAt: string) => ({ type: 'purchase', orderId, currency: 'EUR', amount, occurredAt });

describe('console: analytics', () => {
  let crm: ConsoleApp;
  let analyst: ConsoleUser;

  beforeAll(async () => {
    crm = await startConsoleApp('console_analytics');
    analyst = await crm.user('analyst');
    for (const [name, orders] of [['Ada Lovelace', 3], ['Charles Babbage', 1]] as const) {
      const { body } = await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name });
      for (let order = 1; order <= orders; order += 1) {
        const recorded = await crm.api('POST', `/customers/${body.id}/touches`, purchase(`O-${name.slice(0, 1)}${order}`, 10_000 * order, `2026-0${order}-0${order}T1${order}:00:00Z`));
        expect(recorded.status).toBe(201);
      }
    }
  });

  afterAll(() => crm.close());

  it('opens each report with its chart, its table and a CSV download, as an analyst', async () => {
    const { context, page } = await crm.signedIn(analyst, '/app/analytics');
    await page.getByRole('heading', { level: 1, name: 'Analytics' }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['Customers', 'Segments', 'Analytics']);
    const tabs = { Salespeople: ['Chart: Salespeople'], Customers: ['Chart: RFM heat map'], Timing: ['Chart: Purchases by weekday and hour', 'Chart: Revenue'], Campaigns: ['Chart: Campaigns'], Lifecycle: ['Chart: Lifecycle', 'Chart: Flows between stages'] };
    for (const [tab, charts] of Object.entries(tabs)) {
      await page.getByRole('tab', { name: tab }).click();
      for (const chart of charts) {
        // ECharts draws into a canvas inside the labelled image once its data has arrived (a second
        // canvas, its hover layer, may come with it).
        await page.getByRole('img', { name: chart }).locator('canvas').first().waitFor();
      }
      expect(await seriousAxeViolations(page)).toEqual([]);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download CSV' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    }
    expect(new URL(page.url()).pathname).toBe('/app/analytics/lifecycle');
    await context.close();
    // Five pages scanned by axe, about ten seconds each on a busy box: more than the default minute.
  }, 180_000);

  it('groups revenue and deals by what the analyst picks', async () => {
    const { context, page } = await crm.signedIn(analyst, '/app/analytics/revenue');
    await page.getByRole('img', { name: 'Chart: Revenue' }).locator('canvas').first().waitFor();
    const table = page.getByRole('table', { name: 'Revenue' });
    await table.getByRole('row').nth(3).waitFor();
    // By month (the default): January holds one purchase of each customer.
    expect(await table.getByRole('row').nth(1).innerText()).toMatch(/^2026-01\s+2\s+2\s+€200\.00\s+€0\.00\s+€200\.00$/);
    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'Hour' }).click();
    await table.getByRole('cell', { name: '13', exact: true }).waitFor();
    expect(await table.getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('Group'),
      expect.stringMatching(/^11\s+2\s+2\s+€200\.00/),
      expect.stringMatching(/^12\s+1\s+1\s+€200\.00/),
      expect.stringMatching(/^13\s+1\s+1\s+€300\.00/),
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    expect((await download).suggestedFilename()).toBe('revenue-by-hour.csv');

    await page.getByRole('tab', { name: 'Deals' }).click();
    await page.getByRole('img', { name: 'Chart: Deals' }).locator('canvas').first().waitFor();
    await page.getByRole('combobox', { name: 'Group by' }).click();
    await page.getByRole('option', { name: 'Sector' }).click();
    // No deals here: the table stays empty and says so.
    await page.getByText('Nothing here yet.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);

  it('ranks customers by revenue, money in the locale’s format', async () => {
    const { context, page } = await crm.signedIn(analyst, '/app/analytics/customers');
    const table = page.getByRole('table', { name: 'Customers' });
    await table.getByRole('row').nth(2).waitFor();
    const first = await table.getByRole('row').nth(1).innerText();
    expect(first).toContain('€600.00');
    await context.close();
  });
});
