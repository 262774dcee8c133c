import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp } from '#test/support/console-app';

describe('console: segments (analyst)', () => {
  let crm: ConsoleApp;
  const customers: Record<string, string> = {};

  beforeAll(async () => {
    crm = await startConsoleApp('console_segments');
    for (const [name, country] of [
      ['Núria Puig', 'ES'],
      ['Jordi Vidal', 'ES'],
      ['Ada Lovelace', 'GB'],
    ] as const) {
      customers[name] = (await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name, attributes: { country } })).body.id;
    }
    // The preview reads the segments read model: the three customers are there once it has caught up.
    const known = async () => (await crm.api<{ customers: number }>('POST', '/segments/preview', { rule: { fact: 'kind', op: 'exists' } })).body.customers;
    for (let tries = 0; tries < 100 && (await known()) < 3; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  });

  afterAll(() => crm.close());

  it('previews the count of nested all / any / not groups before saving, with the API’s reasons by the field', async () => {
    const { context, page } = await crm.signedIn(await crm.user('analyst'), '/app/segments');
    await page.getByRole('heading', { level: 1, name: 'Segments' }).waitFor();
    const preview = page.getByRole('status').filter({ hasText: 'customers match now' });
    await page.getByLabel('Value').fill('ES');
    await preview.getByText('2 of 3 customers match now').waitFor();

    // A nested group, by keyboard: "any" of GB inside "all" of ES matches nobody; "none of" GB, both.
    await page.getByRole('button', { name: 'Add a group' }).focus();
    await page.keyboard.press('Enter');
    const group = page.getByRole('group', { name: 'Group 2' });
    await group.getByLabel('Value').fill('GB');
    await preview.getByText('0 of 3 customers match now').waitFor();
    await group.locator('label', { hasText: 'no condition' }).click();
    await preview.getByText('2 of 3 customers match now').waitFor();
    await page
      .getByText(
        '{"all":[{"fact":"attribute","op":"eq","value":"ES","key":"country"},{"not":{"any":[{"fact":"attribute","op":"eq","value":"GB","key":"country"}]}}]}',
      )
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'dist/console-segment-builder.png', fullPage: true });

    // A number compared with text: the preview's 400 names the field, as saving would.
    const condition = group.getByRole('group', { name: 'Condition 2.1' });
    await condition.getByLabel('Fact').click();
    await page.getByRole('option', { name: 'Purchases', exact: true }).click();
    await condition.getByLabel('Operator').click();
    await page.getByRole('option', { name: 'at least (≥)' }).click();
    await condition.getByLabel('Value').fill('many');
    await condition.getByText(/must be a number/).waitFor();
    await group.getByRole('button', { name: 'Remove this group' }).click();
    await preview.getByText('2 of 3 customers match now').waitFor();

    expect((await crm.api<{ segments: unknown[] }>('GET', '/segments')).body.segments).toEqual([]);
    await context.close();
  });

  it('offers the forecast facts, with the horizon they look ahead over', async () => {
    const { context, page } = await crm.signedIn(await crm.user('analyst'), '/app/segments');
    const condition = page.getByRole('group', { name: 'Condition 1' });
    await condition.getByLabel('Fact').click();
    expect(await page.getByRole('option').allTextContents()).toEqual(
      expect.arrayContaining(['P(alive), forecast (0–1)', 'Expected purchases (forecast)', 'Customer lifetime value (forecast, minor units)']),
    );
    await page.getByRole('option', { name: 'Expected purchases (forecast)' }).click();
    await condition.getByLabel('Operator').click();
    await page.getByRole('option', { name: 'at least (≥)' }).click();
    await condition.getByLabel('Value').fill('1.5');
    await condition.getByLabel('Over the next days').fill('30');
    await page.getByText('{"fact":"expectedPurchases","op":"gte","value":1.5,"days":30}').waitFor();
    // No forecast fit yet: nobody has a forecast, so nobody matches (the API took the rule).
    await page.getByRole('status').getByText('0 of 3 customers match now').waitFor();
    await condition.getByLabel('Fact').click();
    await page.getByRole('option', { name: 'P(alive), forecast (0–1)' }).click();
    await page.getByText('{"fact":"probabilityAlive","op":"gte","value":1.5}').waitFor();
    expect(await condition.getByLabel('Over the next days').count()).toBe(0);
    await page.screenshot({ path: 'dist/console-segment-forecast.png', fullPage: true });
    await context.close();
  });

  it('saves a segment, lists its members and charts its entries and exits', async () => {
    const { context, page } = await crm.signedIn(await crm.user('analyst'), '/app/segments');
    await page.getByLabel('Segment name').fill('Spain');
    await page.getByLabel('Value').fill('ES');
    await page.getByRole('status').getByText('2 of 3 customers match now').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { level: 1, name: 'Spain' }).waitFor();
    await page.getByText('2 customers match').waitFor();
    await page.getByRole('table', { name: 'Members' }).getByRole('link').nth(1).waitFor();
    expect(await page.getByRole('table', { name: 'Members' }).getByRole('link').count()).toBe(2);

    // Jordi moves to France: an exit, dated when it happened.
    expect((await crm.api('PATCH', `/customers/${customers['Jordi Vidal']}`, { attributes: { country: 'FR' } })).status).toBe(200);
    const movements = page.getByRole('table', { name: 'Entries and exits' });
    await movements.getByRole('row', { name: /\s2\s+1$/ }).waitFor({ timeout: 15_000 });
    await page.getByRole('img', { name: 'Chart of entries and exits over time' }).locator('canvas').first().waitFor();
    await page.locator('label', { hasText: /^Month$/ }).click();
    await page.waitForURL(/bucket=month/);
    await movements.getByRole('row', { name: /\s2\s+1$/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'dist/console-segment.png', fullPage: true });

    await page.getByRole('link', { name: 'Segments' }).first().click();
    await page
      .getByRole('table', { name: 'Segments' })
      .getByRole('row', { name: /Spain\s+1/ })
      .waitFor();
    await context.close();
  });
});
