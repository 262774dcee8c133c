import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chooseLanguage, seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';

const at = '2026-03-02T10:00:00Z';

describe('console: the customer timeline in the reader’s language, with corrected and voided touches', () => {
  let crm: ConsoleApp;
  let operator: ConsoleUser;
  let customerId: string;

  beforeAll(async () => {
    crm = await startConsoleApp('console_corrections');
    operator = await crm.user('operator', 'Núria Vidal');
    const registered = await crm.api<{ id: string }>('POST', '/customers', {
      kind: 'person',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      ownerId: operator.staffId,
    });
    customerId = registered.body.id;
    const touch = async (body: object) => (await crm.api<{ eventId: string }>('POST', `/customers/${customerId}/touches`, body)).body.eventId;
    const call = await touch({ type: 'call', occurredAt: at, direction: 'outbound', durationSeconds: 120, outcome: 'reached' });
    const purchase = await touch({ type: 'purchase', occurredAt: at, orderId: 'O-1', currency: 'EUR', amount: 5000 });
    expect((await crm.api('POST', `/customers/${customerId}/touches/${call}/correct`, { durationSeconds: 1800 })).status).toBe(201);
    expect((await crm.api('POST', `/customers/${customerId}/touches/${purchase}/void`, { reason: 'wrong customer' })).status).toBe(201);
    const deal = { customerId, interest: 'Loom', expectedAmount: { amount: 1_200_000, currency: 'EUR' }, ownerId: operator.staffId, stage: 'qualification' };
    expect((await crm.api('POST', '/opportunities', deal)).status).toBe(201);
  });

  afterAll(() => crm.close());

  it('strikes the voided purchase through and marks the corrected call', async () => {
    const { context, page } = await crm.signedIn(operator, `/app/customers/${customerId}`);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    const purchase = timeline.getByText('Purchase €50.00', { exact: true });
    await purchase.waitFor();
    expect(
      await purchase.evaluate(
        (element) =>
          (globalThis as unknown as { getComputedStyle(node: unknown): { textDecorationLine: string } }).getComputedStyle(element).textDecorationLine,
      ),
    ).toBe('line-through');
    const call = timeline.getByRole('listitem').filter({ hasText: 'Outbound call, 30 min, reached' });
    await call.getByText('corrected', { exact: true }).waitFor();
    await timeline.getByRole('listitem').filter({ hasText: 'Purchase €50.00' }).getByText('voided', { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('corrects a call’s duration and outcome from its timeline entry: the field names a bad value, the line is rebuilt at once and after a reload', async () => {
    await crm.api('POST', `/customers/${customerId}/touches`, { type: 'call', occurredAt: at, direction: 'inbound', durationSeconds: 240, outcome: 'reached' });
    const { context, page } = await crm.signedIn(operator, `/app/customers/${customerId}`);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByRole('listitem').filter({ hasText: 'Inbound call, 4 min, reached' }).getByRole('button', { name: 'Correct…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct this touch' });
    const duration = dialog.getByLabel('Duration (minutes)');
    // Filled with what the touch says now.
    await dialog.getByLabel('Direction').waitFor();
    expect(await duration.inputValue()).toBe('4');
    expect(await dialog.getByLabel('Outcome', { exact: true }).inputValue()).toBe('Reached');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await duration.fill('ten');
    const refused = page.waitForResponse((response) => response.url().endsWith('/correct'));
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    expect((await refused).status()).toBe(400);
    // The reason shows under the field and is its description for a screen reader.
    await dialog.getByText('must be a whole number', { exact: true }).waitFor();
    expect(await duration.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await duration.getAttribute('aria-describedby')) ?? '';
    expect(await dialog.locator(`[id="${describedBy}"]`).innerText()).toBe('must be a whole number');
    // The error's red is dark enough to read (the theme's default red is not).
    expect(await seriousAxeViolations(page)).toEqual([]);
    await duration.fill('10');
    await dialog.getByLabel('Outcome', { exact: true }).click();
    await page.getByRole('option', { name: 'Voicemail' }).click();
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    const entry = timeline.getByRole('listitem').filter({ hasText: 'Inbound call, 10 min, voicemail' });
    await entry.getByText('corrected', { exact: true }).waitFor();
    await page.reload();
    await entry.getByText('corrected', { exact: true }).waitFor();
    expect(await timeline.getByText('Inbound call, 4 min, reached').count()).toBe(0);
    await context.close();
  });

  it('voids a touch from its timeline entry, with a reason: struck through at once and after a reload', async () => {
    const call = (
      await crm.api<{ eventId: string }>('POST', `/customers/${customerId}/touches`, {
        type: 'call',
        occurredAt: at,
        direction: 'inbound',
        durationSeconds: 240,
        outcome: 'reached',
      })
    ).body.eventId;
    const { context, page } = await crm.signedIn(operator, `/app/customers/${customerId}`);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    const entry = timeline.getByRole('listitem').filter({ hasText: 'Inbound call, 4 min, reached' });
    await entry.getByRole('button', { name: 'Void…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Void this touch' });
    await dialog.getByRole('button', { name: 'Void', exact: true }).click();
    // The reason is required: the browser keeps the form until it is given.
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Why it was recorded by mistake').fill('wrong customer');
    await dialog.getByRole('button', { name: 'Void', exact: true }).click();
    await entry.getByText('voided', { exact: true }).waitFor();
    await page.reload();
    await entry.getByText('voided', { exact: true }).waitFor();
    // A voided touch offers nothing more to void.
    expect(await entry.getByRole('button', { name: 'Void…' }).count()).toBe(0);
    const history = await crm.api<{ events: { type: string; data: { touchEventId?: string } }[] }>('GET', `/customers/${customerId}/history`);
    expect(history.body.events.filter((event) => event.type === 'TouchVoided').map((event) => event.data.touchEventId)).toContain(call);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('words every entry from its type and facts in the reader’s language, and names the owner', async () => {
    const { context, page } = await crm.signedIn(operator, `/app/customers/${customerId}`);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Deal opened at Qualification, expected €12,000.00', { exact: true }).waitFor();
    await page.getByText('Owner:').locator('..').getByText('Núria Vidal', { exact: true }).waitFor();

    await chooseLanguage(page, operator, 'User menu', 'Català');
    const cronologia = page.getByRole('list', { name: 'Cronologia' });
    await cronologia.getByText('Oportunitat oberta a Qualificació, prevista de 12.000,00 €', { exact: true }).waitFor();
    await cronologia.getByText('Trucada sortint, 30 min, contactat', { exact: true }).waitFor();
    const purchase = cronologia.getByRole('listitem').filter({ hasText: 'Compra de 50,00 €' });
    await purchase.getByText('anul·lat', { exact: true }).waitFor();
    await cronologia.getByText('Contacte anul·lat: Compra', { exact: true }).waitFor();
    await cronologia.getByText('Contacte corregit: durada', { exact: true }).waitFor();
    await cronologia.getByText('Alta (Persona) des de api', { exact: true }).waitFor();
    expect(await cronologia.getByRole('listitem').allInnerTexts()).not.toContainEqual(expect.stringMatching(/Opportunity|Registered|Purchase|call/));
    await page.getByText('Responsable:').locator('..').getByText('Núria Vidal', { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await chooseLanguage(page, operator, 'Menú d’usuari', 'English');
    await context.close();
  });
});
