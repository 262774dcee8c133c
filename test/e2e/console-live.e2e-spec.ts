import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually } from '#test/support/eventually';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';

const survey = (surveyId: string) => ({ type: 'survey', surveyId, score: 7, occurredAt: new Date().toISOString() });

/** What the page's own session gets from the customer's live stream: its status, and the first event when it streams. */
function openStream(page: Page, customerId: string, query = '') {
  return page.evaluate(async ([id, search]) => {
    const response = await fetch(`/customers/${id}/live${search}`);
    if (!response.ok || !response.body) return { status: response.status, first: null, error: response.ok ? null : await response.json() };
    const reader = response.body.getReader();
    // The stream may open with a bare newline before its first event.
    let text = '';
    const complete = () => text.includes('data:') && text.includes('\n\n', text.indexOf('data:'));
    while (!complete()) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    return { status: response.status, first: text.trim(), error: null };
  }, [customerId, query] as const);
}

/**
 * The customer page's live updates with CRM_RECORD_ACCESS=team: the stream answers only who may
 * see the customer, and the page keeps up by polling when it cannot hold the stream; a 503 names
 * what is down while the rest works.
 */
describe('console: live updates, by permission, with a polling fallback; a 503 says what is unavailable', () => {
  let crm: ConsoleApp;
  let owner: ConsoleUser;
  let outsider: ConsoleUser;
  let compliance: ConsoleUser;
  let admin: ConsoleUser;
  let customerId: string;

  beforeAll(async () => {
    crm = await startConsoleApp('console_live', { CRM_RECORD_ACCESS: 'team' });
    owner = await crm.user('operator');
    outsider = await crm.user('operator');
    compliance = await crm.user('compliance');
    admin = await crm.user('admin');
    const registered = await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name: 'Clara Puig', ownerId: owner.staffId });
    customerId = registered.body.id;
    // The stream follows the timeline read model: once it has the registration, the first event names its position.
    const timelineLength = async () => (await crm.api<{ items: unknown[] }>('GET', `/customers/${customerId}/timeline`)).body.items?.length ?? 0;
    await eventually(
      async () => (await timelineLength()) > 0,
      15_000,
      () => 'the timeline never showed the registration',
    );
  });

  afterAll(() => crm.close());

  it('streams a customer’s changes to whom may see the customer, and to no one else', async () => {
    const seen: Record<string, { status: number; first: string | null }> = {};
    for (const user of [owner, outsider, compliance]) {
      const { context, page } = await crm.signedIn(user);
      const { status, first } = await openStream(page, customerId);
      seen[user.email] = { status, first };
      await context.close();
    }
    expect(seen[owner.email]).toEqual({ status: 200, first: expect.stringMatching(/^id: \d+\ndata: \{"position":"\d+-\d+"\}$/) });
    // Outside the owner's team the customer does not exist, as on every other route about it.
    expect(seen[outsider.email]).toEqual({ status: 404, first: null });
    expect(seen[compliance.email]).toEqual({ status: 403, first: null });
  });

  it('opens the page’s stream from the timeline head it read, and the stream speaks only of something newer', async () => {
    const { context, page } = await crm.signedIn(owner);
    const position = (message: string | null) => message && (JSON.parse(message.slice(message.indexOf('data:') + 5)) as { position: string }).position;
    const { head } = (await crm.api<{ head: string }>('GET', `/customers/${customerId}/timeline`)).body;
    expect(head).toMatch(/^\d+-\d+$/);
    const live = page.waitForRequest((request) => new URL(request.url()).pathname === `/customers/${customerId}/live`);
    await page.goto(`${crm.baseUrl}/app/customers/${customerId}`);
    // Opened blind, its first message (the head it had just read) had the page read everything again.
    expect(new URL((await live).url()).searchParams.get('since')).toBe(head);

    // From that head, the stream's first message is the next change, not the head again.
    const next = openStream(page, customerId, `?since=${head}`);
    await crm.api('POST', `/customers/${customerId}/touches`, survey('streamed'));
    const { first } = await next;
    expect(position(first)).toMatch(/^\d+-\d+$/);
    expect(position(first)).not.toBe(head);
    await page.getByRole('list', { name: 'Timeline' }).getByText('Survey streamed answered, score 7/10').waitFor();

    expect(await openStream(page, customerId, '?since=yesterday')).toMatchObject({
      status: 400,
      error: { errors: [{ field: 'since', reason: 'must be a log position such as 1234-1234' }] },
    });
    await context.close();
  });

  it('shows a touch recorded elsewhere by polling when the stream cannot be held', async () => {
    const { context, page } = await crm.signedIn(owner);
    await page.route('**/customers/*/live', (route) => route.abort());
    await page.goto(`${crm.baseUrl}/app/customers/${customerId}`);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Registered (Person) from api').waitFor();
    await crm.api('POST', `/customers/${customerId}/touches`, survey('polled'));
    await timeline.getByText('Survey polled answered, score 7/10').waitFor({ timeout: 20_000 });
    await context.close();
  });

  it('says which part is unavailable on a 503 (jobs down), and the rest keeps working', async () => {
    const { context, page } = await crm.signedIn(admin, '/app/admin/webhooks');
    // Redis away: the API's own answer on a route that starts jobs (test/e2e/jobs-redis-down).
    await page.route('**/webhooks', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ statusCode: 503, message: 'jobs unavailable: Redis unreachable at 127.0.0.1:1: connect ECONNREFUSED' }),
          })
        : route.continue(),
    );
    const form = page.getByRole('region', { name: 'New webhook' });
    await form.getByLabel('URL').fill('https://hooks.example.com/crm');
    await form.getByLabel('Event types').click();
    await page.getByRole('option', { name: 'LeadCaptured' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await form
      .getByRole('alert')
      .getByText('Background jobs (exports, webhooks, campaigns, forecasts) are unavailable right now; the rest of the CRM keeps working.')
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('navigation').getByRole('link', { name: 'Customers' }).click();
    await page.getByRole('table', { name: 'Customers' }).getByRole('link', { name: 'Clara Puig' }).waitFor();
    await context.close();
  });
});
