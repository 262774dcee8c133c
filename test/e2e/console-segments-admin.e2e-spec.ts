import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp } from '#test/support/console-app';

describe('console: segments (analyst) and admin', () => {
  let crm: ConsoleApp;

  beforeAll(async () => {
    crm = await startConsoleApp('console_segments');
    for (const [name, country] of [['Núria Puig', 'ES'], ['Jordi Vidal', 'ES'], ['Ada Lovelace', 'GB']]) {
      await crm.api('POST', '/customers', { kind: 'person', name, attributes: { country } });
    }
  });

  afterAll(() => crm.close());

  it('builds a segment from conditions and lists its members', async () => {
    const { context, page } = await crm.signedIn(await crm.user('analyst'), '/app/segments');
    await page.getByRole('heading', { level: 1, name: 'Segments' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Segment name').fill('Spain');
    await page.getByLabel('Value').fill('ES');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spain' }).waitFor();
    await page.getByText('2 customers match').waitFor();
    expect(await page.getByRole('table', { name: 'Members' }).getByRole('link').count()).toBe(2);
    await page.getByRole('link', { name: 'Segments' }).first().click();
    await page.getByRole('table', { name: 'Segments' }).getByRole('row', { name: /Spain\s+2/ }).waitFor();
    await context.close();
  });

  it('shows each projection with its lag to an admin, and rebuilds one with progress', async () => {
    const { context, page } = await crm.signedIn(await crm.user('admin'), '/app/admin');
    await page.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['My day', 'Customers', 'Pipeline', 'Segments', 'Analytics', 'Compliance', 'Admin']);
    const table = page.getByRole('table', { name: 'Projections' });
    await table.getByRole('row', { name: /timeline\s+live/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await table.getByRole('button', { name: 'Rebuild directory' }).click();
    const status = async () => (await crm.api<{ lastRebuild: { status?: string } | null }>('GET', '/projections/directory')).body;
    await table.getByRole('row', { name: /directory\s+live/ }).waitFor();
    expect(await status()).toMatchObject({ lastRebuild: expect.anything() });
    await context.close();
  });
});
