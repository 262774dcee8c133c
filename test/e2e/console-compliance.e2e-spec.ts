import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';
import { eventually } from '#test/support/eventually';

describe('console: compliance', () => {
  let crm: ConsoleApp;
  let officer: ConsoleUser;
  let customerId: string;

  beforeAll(async () => {
    crm = await startConsoleApp('console_compliance');
    officer = await crm.user('compliance');
    customerId = (await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com' })).body.id;
    // The audit search reads the audit projection: wait until it has her registration.
    await eventually(
      async () => ((await crm.api<{ events: unknown[] }>('GET', `/audit/events?stream=customer-${customerId}`)).body.events?.length ?? 0) > 0,
      30_000,
      () => 'the audit projection never listed the registration',
    );
  });

  afterAll(() => crm.close());

  it('verifies the log, searches the audit events and reads the access log', async () => {
    const { context, page } = await crm.signedIn(officer, '/app/compliance');
    await page.getByRole('heading', { level: 1, name: 'Compliance' }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['Compliance']);
    await page.getByRole('button', { name: 'Verify log' }).click();
    await page.getByRole('status').getByText(/^The log is intact: \d+ events checked\.$/).waitFor();

    await page.getByLabel('Stream').fill(`customer-${customerId}`);
    await page.getByRole('button', { name: 'Search' }).click();
    const audit = page.getByRole('table', { name: 'Audit events' });
    await audit.getByRole('cell', { name: 'Registered', exact: true }).waitFor();
    await audit.getByRole('cell', { name: 'StaffRegistered' }).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('stream')).toBe(`customer-${customerId}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${crm.baseUrl}/app/customers/${customerId}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    await page.goto(`${crm.baseUrl}/app/compliance/access`);
    await page.getByRole('table', { name: 'Access log' }).getByRole('cell', { name: 'state' }).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('exports a person’s data and erases it only after the name is typed', async () => {
    const { context, page } = await crm.signedIn(officer, `/app/customers/${customerId}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export personal data' }).click();
    expect((await download).suggestedFilename()).toBe(`customer-${customerId}.json`);

    await page.getByRole('button', { name: 'Erase personal data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase personal data' });
    const confirm = dialog.getByRole('button', { name: 'Erase personal data' });
    await dialog.getByLabel('Type the customer’s name to confirm erasure').fill('Ada');
    expect(await confirm.isDisabled()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByLabel('Type the customer’s name to confirm erasure').fill('Ada Lovelace');
    await confirm.click();
    await page.getByRole('heading', { level: 1, name: 'Erased customer' }).waitFor();
    const state = await crm.api<{ status: string }>('GET', `/customers/${customerId}/state`);
    expect(state.body.status).toBe('erased');
    await context.close();
  });
});
