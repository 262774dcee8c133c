import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';

const at = '2026-03-02T10:00:00Z';

describe('console: corrected and voided touches in the customer timeline', () => {
  let crm: ConsoleApp;
  let operator: ConsoleUser;
  let customerId: string;

  beforeAll(async () => {
    crm = await startConsoleApp('console_corrections');
    operator = await crm.user('operator');
    customerId = (await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name: 'Ada Lovelace', email: 'ada@example.com' })).body.id;
    const touch = async (body: object) => (await crm.api<{ eventId: string }>('POST', `/customers/${customerId}/touches`, body)).body.eventId;
    const call = await touch({ type: 'call', occurredAt: at, direction: 'outbound', durationSeconds: 120, outcome: 'reached' });
    const purchase = await touch({ type: 'purchase', occurredAt: at, orderId: 'O-1', currency: 'EUR', amount: 5000 });
    expect((await crm.api('POST', `/customers/${customerId}/touches/${call}/correct`, { durationSeconds: 1800 })).status).toBe(201);
    expect((await crm.api('POST', `/customers/${customerId}/touches/${purchase}/void`, { reason: 'wrong customer' })).status).toBe(201);
  });

  afterAll(() => crm.close());

  it('strikes the voided purchase through and marks the corrected call', async () => {
    const { context, page } = await crm.signedIn(operator, `/app/customers/${customerId}`);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    const purchase = timeline.getByText('Purchase 50.00 EUR', { exact: true });
    await purchase.waitFor();
    expect(
      await purchase.evaluate(
        (element) =>
          (globalThis as unknown as { getComputedStyle(node: unknown): { textDecorationLine: string } }).getComputedStyle(element).textDecorationLine,
      ),
    ).toBe('line-through');
    const call = timeline.getByRole('listitem').filter({ hasText: 'Outbound call, 30 min, reached' });
    await call.getByText('corrected', { exact: true }).waitFor();
    await timeline.getByRole('listitem').filter({ hasText: 'Purchase 50.00 EUR' }).getByText('voided', { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
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
});
