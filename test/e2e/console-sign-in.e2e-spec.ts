import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chooseLanguage, seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';
import { eventually } from '#test/support/eventually';

describe('console: sign in, My day, the user menu, an expired session', () => {
  let crm: ConsoleApp;
  let operator: ConsoleUser;
  let martaId: string;
  let jordiId: string;

  beforeAll(async () => {
    // A web lead nobody touches is overdue in under a second.
    crm = await startConsoleApp('console_sign_in', { FOLLOWUP_DEADLINE_MINUTES: '0.01' });
    operator = await crm.user('operator', 'Núria Puig');
    // A lead of hers, for My day, and a task about him that is already late.
    const jordi = await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name: 'Jordi Vidal', ownerId: operator.staffId });
    const task = { type: 'task-scheduled', title: 'Call Jordi back', dueAt: '2026-01-05T09:00:00Z', assigneeId: operator.staffId };
    await crm.api('POST', `/customers/${jordi.body.id}/touches`, task);
    // A second record of his, with a task of its own, merged into the first: the task belongs to his page now.
    const twin = await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name: 'Jordi Vidal (2)' });
    await crm.api('POST', `/customers/${twin.body.id}/touches`, { ...task, title: 'Send Jordi the quote', dueAt: '2026-01-06T09:00:00Z' });
    expect((await crm.api('POST', `/customers/${jordi.body.id}/merge`, { from: twin.body.id })).status).toBe(201);
    jordiId = jordi.body.id;
    // Her customer fills in the web form again, and nobody calls him back.
    await crm.api('POST', '/customers', { kind: 'person', name: 'Pau Serra', email: 'pau.serra@example.org', ownerId: operator.staffId });
    expect((await crm.api('POST', '/leads', { name: 'Pau Serra', email: 'pau.serra@example.org', form: 'contact-us' })).status).toBe(202);
    // Two of her deals with another customer: one closing within My day's 30 days, one well after.
    const marta = await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name: 'Marta Roig', ownerId: operator.staffId });
    martaId = marta.body.id;
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    // A buyer of hers who complained ten days ago and heard nothing back: a signal on My day.
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await crm.api('POST', `/customers/${marta.body.id}/touches`, {
      type: 'purchase',
      orderId: 'M-1',
      currency: 'EUR',
      amount: 40_000,
      occurredAt: daysAgo(30),
    });
    await crm.api('POST', `/customers/${marta.body.id}/touches`, {
      type: 'complaint',
      category: 'delivery',
      severity: 'high',
      description: 'Late',
      occurredAt: daysAgo(10),
    });
    for (const [interest, days] of [
      ['Solar panels for Marta', 10],
      ['Heat pump for Marta', 90],
    ] as const) {
      const deal = {
        customerId: marta.body.id,
        interest,
        expectedAmount: { amount: 1_250_000, currency: 'EUR' },
        ownerId: operator.staffId,
        expectedCloseDate: inDays(days),
      };
      expect((await crm.api('POST', '/opportunities', deal)).status).toBe(201);
    }
  });

  afterAll(() => crm.close());

  it('is served by the API process under /app/, beside /docs and /health', async () => {
    const root = await fetch(`${crm.baseUrl}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/app/']);
    const deepLink = await fetch(`${crm.baseUrl}/app/customers/0b6e2a4e-5d8f-4c1a-9a7e-1f2d3c4b5a69/history?asOf=2026-01-01T00:00:00Z`);
    expect([deepLink.status, deepLink.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await deepLink.text()).toContain('<div id="root"></div>');
    expect((await fetch(`${crm.baseUrl}/app/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${crm.baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${crm.baseUrl}/docs`)).status).toBe(200);
    expect((await fetch(`${crm.baseUrl}/customers`)).status).toBe(401);
  });

  it('signs in with the keyboard alone and lands on My day, with only the operator’s screens', async () => {
    const context = await crm.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${crm.baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to the CRM' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Email').focus();
    await page.keyboard.type(operator.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(operator.password);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'My day' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/my-day');
    await page.getByRole('link', { name: 'Jordi Vidal' }).waitFor();
    await page.getByRole('link', { name: 'Call Jordi back' }).waitFor();
    await page.getByRole('region', { name: 'Overdue follow-ups' }).getByRole('link', { name: 'Pau Serra' }).waitFor();
    const signals = page.getByRole('region', { name: 'Signals about my customers' });
    await signals.getByRole('link', { name: 'Marta Roig' }).waitFor();
    expect(await signals.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^At risk after a complaint\s*Marta Roig\s*A complaint filed 10 days ago/),
    ]);
    const deals = page.getByRole('region', { name: 'Deals closing soon' });
    await deals.getByRole('link', { name: 'Solar panels for Marta' }).waitFor();
    expect(await deals.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Solar panels for Marta €12,500\.00 · 10% closes /)]);
    expect(await page.getByRole('link', { name: 'Send Jordi the quote' }).getAttribute('href')).toBe(`/app/customers/${jordiId}`);
    await page.getByRole('button', { name: 'Mark “Call Jordi back” done' }).click();
    // Done on the merged-away record that holds it.
    await page.getByRole('button', { name: 'Mark “Send Jordi the quote” done' }).click();
    await page.getByText('No task is due.').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['My day', 'Customers', 'Pipeline', 'Duplicates']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists a customer’s signals on their page, explained in the reader’s language', async () => {
    const { context, page } = await crm.signedIn(operator, `/app/customers/${martaId}`);
    const signals = page.getByRole('region', { name: 'Signals' });
    await signals.getByRole('listitem').first().waitFor();
    expect(await signals.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^At risk after a complaint\s*A complaint filed 10 days ago is not resolved \(1 open\); purchases so far: 1$/),
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'dist/console-customer-signals.png', fullPage: true });

    // The sentence is the console's, from the signal's type and figures: another language, another sentence.
    await chooseLanguage(page, operator, 'User menu', 'Català');
    const senyals = page.getByRole('region', { name: 'Senyals' });
    await senyals.getByText(/^Una queixa presentada fa 10 dies continua sense resoldre’s \(obertes: 1\); compres fins ara: 1$/).waitFor();
    await page.goto(`${crm.baseUrl}/app/my-day`);
    await page
      .getByRole('region', { name: 'Senyals sobre els meus clients' })
      .getByText(/^Una queixa presentada fa 10 dies/)
      .waitFor();
    await chooseLanguage(page, operator, 'Menú d’usuari', 'English');
    await page.getByRole('heading', { level: 1, name: 'My day' }).waitFor();
    await context.close();
  });

  it('shows my task reminders under the bell, and opening one marks it read and goes to its customer', async () => {
    const ana = await crm.api<{ id: string }>('POST', '/customers', { kind: 'person', name: 'Ana Soler', ownerId: operator.staffId });
    const task = { type: 'task-scheduled', title: 'Send the brochure', dueAt: '2026-01-06T09:00:00Z', assigneeId: operator.staffId };
    await crm.api('POST', `/customers/${ana.body.id}/touches`, task);
    const { context, page } = await crm.signedIn(operator, '/app/my-day');
    const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    const reminder = page.getByRole('menuitem', { name: /Overdue: Send the brochure/ });
    // The reminder is a job of the worker's: the page learns of it when it asks again.
    await eventually(
      async () => {
        await page.reload();
        await bell.click();
        return reminder.waitFor({ timeout: 2_000 }).then(
          () => true,
          async () => (await page.keyboard.press('Escape'), false),
        );
      },
      30_000,
      () => 'the overdue reminder never reached the bell',
    );
    await page.keyboard.press('Escape');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const unreadBefore = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    await bell.click();
    await reminder.click();
    await page.waitForURL(`**/app/customers/${ana.body.id}**`);
    await page.getByRole('button', { name: `Notifications, ${unreadBefore - 1} unread` }).waitFor();
    await bell.click();
    await expect(reminder.getAttribute('style')).resolves.not.toContain('font-weight: 600');
    await page.reload();
    await page.getByRole('button', { name: `Notifications, ${unreadBefore - 1} unread` }).waitFor();
    await context.close();
  });

  it('says so when the password is wrong, and signs nobody in', async () => {
    const context = await crm.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${crm.baseUrl}/app/sign-in`);
    await page.getByLabel('Email').fill(operator.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Email or password is not right.');
    expect(new URL(page.url()).pathname).toBe('/app/sign-in');
    await context.close();
  });

  it('changes the language from the user menu, remembers it for the user, and signs out', async () => {
    const { context, page } = await crm.signedIn(operator);
    await chooseLanguage(page, operator, 'User menu', 'Català');
    await page.getByRole('heading', { level: 1, name: 'El meu dia' }).waitFor();
    const me = await page.evaluate(() => fetch('/auth/me').then((response) => response.json()));
    expect(me).toMatchObject({ locale: 'ca' });

    // Signed in from a browser that never chose: the user's own language comes back. English chosen
    // there is what the first tab shows when reloaded, though the identity it remembers says Català.
    const elsewhere = await crm.signedIn(operator);
    await elsewhere.page.getByRole('heading', { level: 1, name: 'El meu dia' }).waitFor();
    await chooseLanguage(elsewhere.page, operator, 'Menú d’usuari', 'English');
    await elsewhere.page.getByRole('heading', { level: 1, name: 'My day' }).waitFor();
    await elsewhere.context.close();
    expect(await page.evaluate("JSON.parse(sessionStorage.getItem('crm.me')).locale")).toBe('ca');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My day' }).waitFor();

    await page.getByRole('button', { name: `User menu: ${operator.name}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to the CRM' }).waitFor();
    expect(await page.evaluate(() => fetch('/auth/me').then((response) => response.status))).toBe(401);
    // The tab forgot who was signed in: a console URL now asks to sign in, showing nobody's screens.
    expect(await page.evaluate("sessionStorage.getItem('crm.me')")).toBeNull();
    await page.goto(`${crm.baseUrl}/app/my-day`);
    await page.getByRole('heading', { name: 'Sign in to the CRM' }).waitFor();
    await context.close();
  });

  it('returns an expired session to sign-in, and after it to the same URL', async () => {
    const { context, page } = await crm.signedIn(operator, '/app/customers?q=nobody');
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    // The session ends on the server (as an idle timeout would); the page finds out on its next request.
    await page.evaluate(() => fetch('/auth/sign-out', { method: 'POST' }));
    await page.getByLabel('Search customers').fill('Ada');
    await page.getByLabel('Search customers').press('Enter');
    await page.getByText('Your session ended. Sign in again to continue.').waitFor();
    await page.getByLabel('Email').fill(operator.email);
    await page.getByLabel('Password').fill(operator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe('/app/customers?q=Ada');

    // Ended while the tab was away: the identity it remembers draws the page at once, and the
    // server's answer sends it to sign-in all the same.
    await page.goto(`${crm.baseUrl}/app/customers/${martaId}`);
    await page.getByRole('heading', { level: 1, name: 'Marta Roig' }).waitFor();
    await page.evaluate(() => fetch('/auth/sign-out', { method: 'POST' }));
    await page.reload();
    await page.getByText('Your session ended. Sign in again to continue.').waitFor();
    expect(await page.evaluate("sessionStorage.getItem('crm.me')")).toBeNull();
    // Every read the page had sent came back 401; signing in still returns to the page itself.
    await page.getByLabel('Email').fill(operator.email);
    await page.getByLabel('Password').fill(operator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Marta Roig' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/customers/${martaId}`);
    await context.close();
  });
});
