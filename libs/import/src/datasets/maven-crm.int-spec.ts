import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { PostgresEventStore, type EventStore } from '#crm/event-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { ImportIds } from '../ids/import-ids.js';
import { importFile } from '../import.service.js';
import type { ImportSummary } from '../import-summary.js';
import type { ImportKind } from '../mapping/import-kind.js';
import type { ImportMapping } from '../mapping/import-mapping.js';
import { allEvents, countTypes, type StoredEvent } from '../testing/log-census.js';
import { describeWithData } from '#test/support/real-data';

type Deal = { opportunity_id: string; sales_agent: string; product: string; account: string; deal_stage: string; close_value: string };

const mappingFile = (name: string) => JSON.parse(readFileSync(`mappings/${name}.json`, 'utf8')) as ImportMapping;

describeWithData('the Maven CRM mappings, on the whole dataset', ['maven-crm'], (folder) => {
  let database: TestDatabase;
  let store: EventStore;
  const summaries: Partial<Record<ImportKind, ImportSummary>> = {};
  let events: StoredEvent[];
  const raw = (file: string) => parse(readFileSync(join(folder, file)), { columns: true, bom: true }) as Record<string, string>[];
  const ids = new ImportIds('maven-crm');

  const importAll = async () => {
    summaries.staff = await importFile({ store, kind: 'staff', file: join(folder, 'sales_teams.csv'), mapping: mappingFile('maven-crm-sales-teams') });
    summaries.organizations = await importFile({ store, kind: 'organizations', file: join(folder, 'accounts.csv'), mapping: mappingFile('maven-crm-accounts') });
    summaries.opportunities = await importFile({
      store,
      kind: 'opportunities',
      file: join(folder, 'sales_pipeline.csv'),
      mapping: mappingFile('maven-crm-sales-pipeline'),
    });
  };

  beforeAll(async () => {
    database = await createTestDatabase('import_maven_crm');
    store = await PostgresEventStore.connect({ connectionString: database.url });
    await importAll();
    events = await allEvents(database.url);
  }, 120_000);

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('registers every agent and every manager once, agents under their manager', () => {
    const teams = raw('sales_teams.csv');
    const people = new Set(teams.flatMap((row) => [row.sales_agent!, row.manager!]));
    const staff = events.filter((event) => event.type === 'StaffRegistered');
    expect(staff).toHaveLength(people.size);
    const agent = staff.find((event) => event.data.staffId === ids.staff(teams[0]!.sales_agent!))!;
    expect(agent.data).toMatchObject({ title: 'Sales agent', region: teams[0]!.regional_office, managerId: ids.staff(teams[0]!.manager!) });
    expect(summaries.staff!.badRows).toEqual([]);
  });

  it('registers one organization per account, with the sector spelt right', () => {
    const accounts = raw('accounts.csv');
    const organizations = events.filter((event) => event.type === 'CustomerRegistered');
    expect(organizations).toHaveLength(accounts.length);
    expect(organizations.every((event) => event.data.kind === 'organization')).toBe(true);
    const sectors = countTypes(organizations.map((event) => ({ type: event.data.attributes.sector })));
    expect(sectors.technolgy).toBeUndefined();
    expect(sectors.technology).toBe(accounts.filter((row) => row.sector === 'technolgy').length);
  });

  it('opens every deal that has an account, wins and loses them as the file says, in cents', () => {
    const deals = raw('sales_pipeline.csv') as Deal[];
    const withAccount = deals.filter((deal) => deal.account);
    const count = (stage: string) => withAccount.filter((deal) => deal.deal_stage === stage).length;
    expect(summaries.opportunities).toMatchObject({ rowsRead: deals.length, badRows: [], skipped: { 'deal without an account': deals.length - withAccount.length } });
    expect(countTypes(events.filter((event) => event.streamName.startsWith('opportunity-')))).toEqual({
      OpportunityOpened: withAccount.length,
      OpportunityWon: count('Won'),
      OpportunityLost: count('Lost'),
    });
    const wonCents = withAccount.filter((deal) => deal.deal_stage === 'Won').reduce((sum, deal) => sum + Number(deal.close_value) * 100, 0);
    expect(events.filter((event) => event.type === 'OpportunityWon').reduce((sum, event) => sum + event.data.amount, 0)).toBe(wonCents);
  });

  it('prices a deal from products.csv even where the pipeline writes GTXPro for GTX Pro', () => {
    const deal = (raw('sales_pipeline.csv') as Deal[]).find((row) => row.product === 'GTXPro' && row.account)!;
    const opened = events.find((event) => event.type === 'OpportunityOpened' && event.data.opportunityId === ids.opportunity(deal.opportunity_id))!;
    expect(opened.data).toMatchObject({ interest: 'GTXPro', expectedAmount: { amount: 482_100, currency: 'USD' }, ownerId: ids.staff(deal.sales_agent) });
  });

  it('appends nothing when the same files are imported again', async () => {
    await importAll();
    expect(Object.values(summaries).map((summary) => summary.eventsAppended)).toEqual([0, 0, 0]);
    expect(await allEvents(database.url)).toHaveLength(events.length);
  });
});
