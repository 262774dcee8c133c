import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually } from '#test/support/eventually';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';

// Timeline lines carry no personal data, so touches are told apart by what they do show.
const complaint = (category: string, occurredAt: string) => ({ type: 'complaint', category, severity: 'high', description: 'Arrived late', occurredAt });
const survey = (surveyId: string, score: number) => ({ type: 'survey', surveyId, score, occurredAt: new Date().toISOString() });

describe('console: customers and the customer page', () => {
  let crm: ConsoleApp;
  let operator: ConsoleUser;
  let customerId: string;

  const historyLength = async () => (await crm.api<{ events: unknown[] }>('GET', `/customers/${customerId}/history`)).body.events.length;
  const timeline = (page: Page) => page.getByRole('list', { name: 'Timeline' });

  beforeAll(async () => {
    crm = await startConsoleApp('console_customers');
    operator = await crm.user('operator');
    const registered = await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com' });
    customerId = registered.body.id;
    await crm.api('POST', '/customers', { kind: 'person', name: 'Charles Babbage', email: 'charles@example.com' });
    await crm.api('POST', `/customers/${customerId}/touches`, complaint('delivery', '2026-03-02T10:00:00Z'));
  });

  afterAll(() => crm.close());

  it('searches a customer, opens it, records a call with the keyboard and sees it in the timeline without reload', async () => {
    const { context, page } = await crm.signedIn(operator, '/app/customers');
    await page.getByLabel('Search customers').fill('lovelace');
    await page.getByLabel('Search customers').press('Enter');
    await page.waitForURL(/q=lovelace/);
    const results = page.getByRole('table', { name: 'Customers' });
    await results.getByRole('link', { name: 'Charles Babbage' }).waitFor({ state: 'detached' });
    // The table empties while the search is asked, then fills.
    await results.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    expect(await results.getByRole('link').allTextContents()).toEqual(['Ada Lovelace']);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await results.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    await timeline(page).getByText('Complaint filed: delivery, high severity').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.evaluate(() => Object.assign(globalThis, { sameDocument: true }));

    const before = await historyLength();
    await page.getByRole('button', { name: 'Record a touch' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Record a touch' });
    await dialog.getByLabel('Duration (minutes)').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByLabel('Duration (minutes)').focus();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    await timeline(page).getByText('Outbound call, 12 min, reached').waitFor();
    expect(await page.evaluate(() => (globalThis as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await historyLength()).toBe(before + 1);
    await context.close();
  });

  it('shows a touch recorded elsewhere while the page is open (server-sent events), newest first', async () => {
    const { context, page } = await crm.signedIn(operator, `/app/customers/${customerId}`);
    await timeline(page).getByText('Complaint filed: delivery, high severity').waitFor();
    await crm.api('POST', `/customers/${customerId}/touches`, survey('nps-2027', 9));
    await timeline(page).getByText('Survey nps-2027 answered, score 9/10').waitFor();
    const first = timeline(page).getByRole('listitem').first();
    expect(await first.innerText()).toContain('Survey nps-2027 answered, score 9/10');
    await context.close();
  });

  it('shows the API’s reason by the field, and writes nothing', async () => {
    const { context, page } = await crm.signedIn(operator, `/app/customers/${customerId}`);
    const before = await historyLength();
    await page.getByRole('button', { name: 'Record a touch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a touch' });
    await dialog.getByLabel('Type', { exact: true }).click();
    await page.getByRole('option', { name: 'Purchase' }).click();
    await dialog.getByLabel('Amount').fill('a lot');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Check the fields marked below.').waitFor();
    const amount = dialog.getByLabel('Amount');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await amount.getAttribute('aria-describedby'))!.split(' ');
    const reasons = await Promise.all(
      describedBy.map((id) =>
        page
          .locator(`[id="${id}"]`)
          .innerText()
          .catch(() => ''),
      ),
    );
    expect(reasons.join(' ')).toMatch(/integer|number/);
    expect(await historyLength()).toBe(before);
    await context.close();
  });

  it('travels back in time with the slider and the keyboard, and the back button returns to now', async () => {
    const { context, page } = await crm.signedIn(operator, `/app/customers/${customerId}`);
    await timeline(page).getByText('Outbound call, 12 min, reached').waitFor();
    const slider = page.getByRole('slider', { name: 'Point in the customer’s history' });
    await slider.focus();
    await page.keyboard.press('Home');
    await page.getByText('Showing the customer as the CRM knew it on').waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).not.toBeNull();
    // As of its registration the customer had no touches: the later call is not there.
    await page.getByText('0 touches').waitFor();
    await timeline(page).getByText('Outbound call, 12 min, reached').waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('table', { name: 'History' });
    await history.getByRole('cell', { name: 'Registered' }).waitFor();
    expect(await history.getByRole('row').count()).toBe(2);

    await page.goBack();
    await page.goBack();
    await timeline(page).getByText('Outbound call, 12 min, reached').waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBeNull();
    await context.close();
  });

  it('views the customer on either axis: how things stood in March (the complaint entered late counts), then what the CRM knew then', async () => {
    const { context, page } = await crm.signedIn(operator, `/app/customers/${customerId}`);
    await timeline(page).getByText('Outbound call, 12 min, reached').waitFor();
    await page.getByText('What was true').click();
    await page.getByLabel('View as things stood on').fill('03/03/2026 12:00:00 PM');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Showing how things stood on').waitFor();
    const url = new URL(page.url()).searchParams;
    expect([url.get('validAt') !== null, url.get('asOf')]).toEqual([true, null]);
    // Registered today, but the complaint of 2 March had reached the customer by then: a prospect, and nothing before.
    const lifecycle = page.getByRole('region', { name: 'Lifecycle' });
    await lifecycle.getByText('Prospect · improbable').waitFor();
    expect(await lifecycle.getByRole('listitem').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByText('What the CRM knew').click();
    await page.getByText('Showing the customer as the CRM knew it on').waitFor();
    const known = new URL(page.url()).searchParams;
    expect([known.get('asOf'), known.get('validAt')]).toEqual([url.get('validAt'), null]);
    await context.close();
  });

  it('filters by owner and by country, chosen by name, each filter in the URL', async () => {
    const owner = await crm.user('operator', 'Pere Roca');
    await crm.api('POST', '/customers', {
      kind: 'person',
      name: 'Joan Miró',
      ownerId: owner.staffId,
      address: { line1: 'Carrer Nou 1', city: 'Girona', country: 'ES' },
    });
    await crm.api('POST', '/customers', {
      kind: 'person',
      name: 'Marie Curie',
      ownerId: owner.staffId,
      address: { line1: 'Rue Neuve 1', city: 'Lyon', country: 'FR' },
    });
    // The staff list is a read model: the new owner is offered once the projector has them.
    const staffNames = async () => (await crm.api<{ name: string }[]>('GET', '/staff')).body.map((member) => member.name);
    await eventually(async () => (await staffNames()).includes('Pere Roca'), 60_000, async () => `staff: ${(await staffNames()).join(', ')}`);
    const { context, page } = await crm.signedIn(operator, '/app/customers');
    const results = page.getByRole('table', { name: 'Customers' });
    await page.getByRole('combobox', { name: 'Owner' }).fill('Pere');
    await page.getByRole('option', { name: 'Pere Roca' }).click();
    await page.waitForURL(new RegExp(`owner=${owner.staffId}`));
    // The last page stays on screen while the filtered one is asked for.
    await results.getByRole('link', { name: 'Ada Lovelace' }).waitFor({ state: 'detached' });
    expect(await results.getByRole('link').allTextContents()).toEqual(['Joan Miró', 'Marie Curie']);
    await page.getByRole('combobox', { name: 'Country' }).fill('Fra');
    await page.getByRole('option', { name: 'France' }).click();
    await page.waitForURL(/country=FR/);
    await results.getByRole('link', { name: 'Joan Miró' }).waitFor({ state: 'detached' });
    expect(await results.getByRole('link').allTextContents()).toEqual(['Marie Curie']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('registers a new customer and opens their page', async () => {
    const { context, page } = await crm.signedIn(operator, '/app/customers');
    await page.getByRole('button', { name: 'New customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'New customer' });
    await dialog.getByLabel('Name').fill('Grace Hopper');
    await dialog.getByLabel('Email').fill('not an email');
    await dialog.getByRole('button', { name: 'Create customer' }).click();
    await dialog.getByText('Check the fields marked below.').waitFor();
    expect(await dialog.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Email').fill('grace@example.com');
    await dialog.getByRole('button', { name: 'Create customer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grace Hopper' }).waitFor();
    await context.close();
  });
  it('merges two records of one person from the duplicates list, and undoes it from the kept record', async () => {
    const created = async (body: object) => (await crm.api<{ id: string }>('POST', '/customers', body)).body.id;
    const kept = await created({ kind: 'person', name: 'Mary Somerville', email: 'mary.s@example.org' });
    const other = await created({ kind: 'person', name: 'M. Somerville', email: 'MARY.S@example.org' });
    await crm.api('POST', `/customers/${other}/touches`, complaint('billing', '2026-02-01T09:00:00Z'));
    // The list asks once, on load: opened before the projection has both records, it shows no pair.
    await crm.caughtUp('duplicates');
    const { context, page } = await crm.signedIn(operator, '/app/duplicates');
    await page.getByRole('heading', { level: 1, name: 'Possible duplicates' }).waitFor();
    const pair = page.getByRole('row', { name: /Mary Somerville.*M\. Somerville|M\. Somerville.*Mary Somerville/ });
    await pair.waitFor();
    expect(await pair.getByText('Same email').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await pair.getByRole('button', { name: /^Merge / }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge two records' });
    await dialog.getByRole('radio', { name: 'Mary Somerville' }).check();
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mary Somerville' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/customers/${kept}`);
    const merged = page.getByRole('alert').filter({ hasText: 'Records merged into this one' });
    await merged.getByRole('link', { name: 'M. Somerville' }).waitFor();
    const absorbedComplaint = timeline(page).getByRole('listitem').filter({ hasText: 'Complaint filed: billing, high severity' });
    await absorbedComplaint.getByRole('link', { name: 'a merged record' }).waitFor();

    await merged.getByRole('button', { name: 'Undo the merge of M. Somerville' }).click();
    await merged.waitFor({ state: 'detached' });
    expect((await crm.api<{ absorbed?: string[] }>('GET', `/customers/${kept}/state`)).body.absorbed).toBeUndefined();
    expect((await crm.api<{ mergedInto?: string }>('GET', `/customers/${other}/state`)).body.mergedInto).toBeUndefined();
    await context.close();
  });
});
