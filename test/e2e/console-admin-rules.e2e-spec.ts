import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousAxeViolations, startConsoleApp, type ConsoleApp, type ConsoleUser } from '#test/support/console-app';
import { eventually } from '#test/support/eventually';

type Rules = { rules: { name: string; conditions: { field: string; values: string[] }[]; assignTo: { kind: string; staffId: string } }[] };

describe('console: admin assignment rules', () => {
  let crm: ConsoleApp;
  let admin: ConsoleUser;

  /** The rule names GET /assignment-rules gives once the read model has `expected`. */
  const rulesBecome = async (expected: string[]) => {
    const names = async () => (await crm.api<Rules>('GET', '/assignment-rules')).body.rules.map((rule) => rule.name);
    await eventually(
      async () => JSON.stringify(await names()) === JSON.stringify(expected),
      30_000,
      async () => `the rules are ${JSON.stringify(await names())}`,
    );
  };

  beforeAll(async () => {
    crm = await startConsoleApp('console_admin_rules');
    admin = await crm.user('admin', 'Marta Soler');
    // The staff read model follows the registration a moment later; the form offers its names.
    const listed = async () => (await crm.api<{ staffId: string }[]>('GET', '/staff')).body.some((member) => member.staffId === admin.staffId);
    await eventually(listed, 30_000, () => 'the admin never showed in GET /staff');
  });

  afterAll(() => crm.close());

  it('adds rules with the API’s reasons by the field, reorders and removes them', async () => {
    const { context, page } = await crm.signedIn(admin, '/app/admin/rules');
    await page.getByRole('tab', { name: 'Assignment rules', selected: true }).waitFor();
    await page.getByText('No rules: every new lead goes round-robin.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const form = page.getByRole('region', { name: 'New rule' });
    await form.getByLabel('Values').fill('ES, PT');
    await form.getByLabel('Staff member').click();
    await page.getByRole('option', { name: 'Marta Soler' }).click();
    await form.getByRole('button', { name: 'Add rule' }).click();
    await form.getByText('is required and must be non-empty text').waitFor();
    await form.getByLabel('Rule name').fill('Iberia');
    await form.getByRole('button', { name: 'Add rule' }).click();
    const table = page.getByRole('table', { name: 'Assignment rules' });
    await table.getByRole('row', { name: /1\s+Iberia\s+Country: ES, PT\s+Marta Soler/ }).waitFor();

    await form.getByLabel('Rule name').fill('Partners');
    await form.getByLabel('Field').click();
    await page.getByRole('option', { name: 'Source' }).click();
    await form.getByLabel('Values').fill('partner');
    await form.getByLabel('Assign to').click();
    await page.getByRole('option', { name: 'Team (in turn)' }).click();
    await form.getByLabel('Team manager').click();
    await page.getByRole('option', { name: 'Marta Soler' }).click();
    await form.getByRole('button', { name: 'Add rule' }).click();
    await table.getByRole('row', { name: /2\s+Partners\s+Source: partner\s+Team of Marta Soler, in turn/ }).waitFor();
    await rulesBecome(['Iberia', 'Partners']);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await table.getByRole('button', { name: 'Move Partners up' }).click();
    await table.getByRole('row', { name: /1\s+Partners/ }).waitFor();
    await rulesBecome(['Partners', 'Iberia']);
    const saved = (await crm.api<Rules>('GET', '/assignment-rules')).body.rules[0];
    expect(saved).toMatchObject({ conditions: [{ field: 'source', values: ['partner'] }], assignTo: { kind: 'team', staffId: admin.staffId } });

    await table.getByRole('button', { name: 'Remove Iberia' }).click();
    await table.getByRole('row', { name: /Iberia/ }).waitFor({ state: 'detached' });
    await rulesBecome(['Partners']);
    await page.reload();
    await table.getByRole('row', { name: /1\s+Partners/ }).waitFor();
    await context.close();
  });
});
