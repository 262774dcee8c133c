import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';

type Board = { stages: { stage: string; deals: { id: string }[] }[] };

describe('console: pipeline', () => {
  let crm: ConsoleApp;
  let operator: ConsoleUser;
  const deals: Record<string, string> = {};

  const stageOf = async (id: string) => (await crm.api<{ stage: string }>('GET', `/opportunities/${id}`)).body.stage;
  /** The projector is another loop of the process: wait for the read model instead of sleeping. */
  const until = async (check: () => Promise<boolean>) => {
    for (let attempt = 0; attempt < 200 && !(await check()); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
  };

  beforeAll(async () => {
    crm = await startConsoleApp('console_pipeline');
    operator = await crm.user('operator');
    const customer = await crm.api<{ id: string }>('POST', '/customers', { kind: 'organization', name: 'Fusteria Puig' });
    const open = async (interest: string, amount: number, extra: object) => {
      const opened = await crm.api<{ id: string }>('POST', '/opportunities', {
        customerId: customer.body.id,
        interest,
        expectedAmount: { amount, currency: 'EUR' },
        ownerId: operator.staffId,
        ...extra,
      });
      expect(opened.status).toBe(201);
      deals[interest] = opened.body.id;
    };
    await open('Fleet renewal', 1_200_000, { expectedCloseDate: '2026-12-15' });
    await open('Workshop tools', 300_000, { stage: 'proposal', expectedCloseDate: '2027-01-20', product: 'Tool kit' });
    const won = await crm.api('POST', `/opportunities/${deals['Workshop tools']}/win`, { amount: 280_000, currency: 'EUR' });
    expect(won.status).toBe(201);
    await open('Solar roof', 800_000, { stage: 'negotiation', probability: 90 });
    // The last deal shown and the won one gone: two open deals alone may be the first two.
    await until(async () => {
      const shown = (await crm.api<Board>('GET', '/pipeline/board')).body.stages.flatMap((column) => column.deals.map((deal) => deal.id));
      return shown.includes(deals['Solar roof']) && !shown.includes(deals['Workshop tools']);
    });
  });

  afterAll(() => crm.close());

  it('gives the board, the forecast and the conversion as CSV, amounts in decimals under a header naming the currency', async () => {
    const board = await crm.api<string>('GET', '/pipeline/board?format=csv');
    expect(board.body.split('\r\n')[0]).toBe('stage,probability,defined,count,amount EUR,weighted EUR');
    // 8,000.00 at the deal's own 90 %.
    expect(board.body).toMatch(/\r\nnegotiation,\d+,true,1,8000\.00,7200\.00\r\n/);
    const forecast = await crm.api<string>('GET', '/pipeline/forecast?by=month&format=csv');
    expect(forecast.body.split('\r\n')[0]).toBe('section,month,currency,count,amount EUR,weighted EUR');
    expect(forecast.body).toMatch(/\r\nwon,\d{4}-\d{2},EUR,1,2800\.00,\r\n/);
    const conversion = await crm.api<string>('GET', '/pipeline/conversion?format=csv');
    expect(conversion.body).toMatch(/^stage,probability,defined,entered,advanced,won,lost,conversionRate,winRate,completedStays,averageDaysInStage\r\n/);
  });

  it('moves a deal with the keyboard, keeps it there after a reload, and draws the forecast', async () => {
    const { context, page } = await crm.signedIn(operator, '/app/pipeline');
    await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
    const column = (name: string) => page.getByRole('region', { name, exact: true });
    await column('Qualification').getByText('Fleet renewal').waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Qualification', 'Needs analysis', 'Proposal', 'Negotiation']);
    await column('Negotiation').getByText('€8,000.00 · 90%').waitFor();

    await page.getByRole('button', { name: 'Move Fleet renewal to another stage' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    const focusedText = () => page.locator('*:focus').textContent();
    for (let step = 0; step < 4; step++) {
      if ((await focusedText()) === 'Proposal') break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await focusedText()).toBe('Proposal');
    await page.keyboard.press('Enter');
    await column('Proposal').getByText('Fleet renewal').waitFor();
    await page.getByRole('status').filter({ hasText: 'Fleet renewal moved to Proposal.' }).waitFor({ state: 'attached' });
    // The write is answered before the projector has it: wait on the read model, then reload.
    await until(async () => (await stageOf(deals['Fleet renewal']!)) === 'proposal');
    expect(await stageOf(deals['Fleet renewal']!)).toBe('proposal');

    await page.reload();
    await column('Proposal').getByText('Fleet renewal').waitFor();
    expect(await column('Qualification').getByText('Fleet renewal').count()).toBe(0);
    await column('Proposal').getByText('€12,000.00 · 50%').waitFor();

    // ECharts draws into a canvas inside the labelled image once the forecast has arrived.
    await page.getByRole('img', { name: 'Forecast chart: expected and won by month' }).locator('canvas').first().waitFor();
    const byOwner = page.getByRole('table', { name: 'Forecast by owner' });
    // 12,000 × 50% + 8,000 × 90% expected; 2,800 won.
    await byOwner.getByRole('row', { name: /2\s+€20,000\.00\s+€13,200\.00\s+€2,800\.00/ }).waitFor();
    // Proposal held Workshop tools (won) and now Fleet renewal: 2 entered, 1 went on, the one closed won.
    await page
      .getByRole('table', { name: 'Conversion by stage' })
      .getByRole('row', { name: /^Proposal\s+2\s+50%\s+100%/ })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (process.env.CONSOLE_SCREENSHOT) await page.screenshot({ path: process.env.CONSOLE_SCREENSHOT, fullPage: true });
    await context.close();
  });

  it('moves a deal by drag and drop', async () => {
    const { context, page } = await crm.signedIn(operator, '/app/pipeline');
    const column = (name: string) => page.getByRole('region', { name, exact: true });
    const card = page.locator(`[data-deal="${deals['Solar roof']}"]`);
    await card.waitFor();
    await card.dragTo(column('Needs analysis'));
    await column('Needs analysis').getByText('Solar roof').waitFor();
    await until(async () => (await stageOf(deals['Solar roof']!)) === 'needs-analysis');
    expect(await stageOf(deals['Solar roof']!)).toBe('needs-analysis');
    await context.close();
  });

  it("narrows the board to a manager's team, the choice kept in the URL", async () => {
    const mona = (await crm.api<{ id: string }>('POST', '/staff', { name: 'Mona Manager', email: 'mona@example.com' })).body.id;
    const rita = (await crm.api<{ id: string }>('POST', '/staff', { name: 'Rita Rep', email: 'rita@example.com', managerId: mona })).body.id;
    const customer = (await crm.api<{ id: string }>('POST', '/customers', { kind: 'organization', name: 'Ferreteria Vidal' })).body.id;
    await crm.api('POST', '/opportunities', {
      customerId: customer,
      interest: 'Shop fit-out',
      expectedAmount: { amount: 500_000, currency: 'EUR' },
      ownerId: rita,
    });
    await until(async () => (await crm.api<Board>('GET', `/pipeline/board?team=${mona}`)).body.stages.some((column) => column.deals.length > 0));

    const { context, page } = await crm.signedIn(operator, '/app/pipeline');
    const board = page.getByRole('region', { name: 'Qualification', exact: true });
    await page.locator(`[data-deal="${deals['Fleet renewal']}"]`).waitFor();
    await page.getByRole('combobox', { name: 'Team' }).click();
    await page.getByRole('option', { name: 'Mona Manager' }).click();
    await page.waitForURL(`**/app/pipeline?team=${mona}`);
    // The whole board stays shown until the team's answer replaces it.
    await page.locator(`[data-deal="${deals['Fleet renewal']}"]`).waitFor({ state: 'detached' });
    await board.getByText('Shop fit-out').waitFor();
    expect(await page.getByText('Fleet renewal').count()).toBe(0);
    await page.reload();
    await board.getByText('Shop fit-out').waitFor();
    expect(await page.getByText('Fleet renewal').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
