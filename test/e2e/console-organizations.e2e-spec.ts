import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';
import { eventually } from '#test/support/eventually';

describe("console: an organization's contacts and its account timeline", () => {
  let crm: ConsoleApp;
  let operator: ConsoleUser;
  let organizationId: string;

  beforeAll(async () => {
    crm = await startConsoleApp('console_organizations');
    operator = await crm.user('operator');
    organizationId = (await crm.api<{ id: string }>('POST', '/customers', { kind: 'organization', name: 'Analytical Engines Ltd' })).body.id;
    const ada = (
      await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name: 'Ada Lovelace', organizationId, organizationRole: 'Head of purchasing' })
    ).body.id;
    await crm.api('POST', `/customers/${ada}/touches`, {
      type: 'call',
      direction: 'inbound',
      durationSeconds: 420,
      outcome: 'reached',
      occurredAt: '2026-03-02T10:00:00Z',
    });
    await crm.api('POST', `/customers/${organizationId}/touches`, { type: 'note', text: 'Account review', occurredAt: '2026-03-01T10:00:00Z' });
    const rolledUp = () => crm.api<{ items: { type: string }[] }>('GET', `/customers/${organizationId}/timeline?include=contacts`);
    await eventually(
      // a 404 until the projector has the organization's registration
      async () => {
        const { status, body } = await rolledUp();
        return status === 200 && body.items.some((item) => item.type === 'CallLogged');
      },
      15_000,
      async () => `the account timeline never showed the contact's call: ${JSON.stringify((await rolledUp()).body)}`,
    );
  });

  afterAll(() => crm.close());

  it('lists the people with their role on a Contacts tab, and takes their touches into the timeline on the toggle', async () => {
    const { context, page } = await crm.signedIn(operator, `/app/customers/${organizationId}`);
    await page.getByRole('heading', { level: 1, name: 'Analytical Engines Ltd' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByRole('listitem').first().waitFor();
    expect(await timeline.getByRole('listitem').count()).toBe(2);

    // click, not check: the switch follows the URL, which changes after the click's own handling
    await page.getByRole('switch', { name: 'Include contacts' }).click();
    await page.waitForURL(/include=contacts/, { timeout: 10_000 });
    await timeline.getByRole('listitem').nth(3).waitFor({ timeout: 10_000 });
    expect(await timeline.getByRole('listitem').count()).toBe(4);
    // Ada's registration and her call, each linking to her page
    expect(await timeline.getByRole('link', { name: 'a contact' }).count()).toBe(2);
    expect(await page.getByRole('switch', { name: 'Include contacts' }).isChecked()).toBe(true);

    await page.getByRole('tab', { name: 'Contacts' }).click();
    const contacts = page.getByRole('table', { name: 'Contacts' });
    await contacts.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    expect(await contacts.getByRole('row').nth(1).innerText()).toContain('Head of purchasing');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
    // A browser and axe on a shared two-core machine: signing in and one axe run each take seconds.
  }, 120_000);
});
