import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { createReadDb } from '#crm/read-store';
import { buildCli, runBuiltCli, type CliResult } from '#test/support/built-cli';
import { createTestDatabase, type TestDatabase } from '#test/support/database';

const FIXTURE = 'test/fixtures/import/purchases.csv';

let database: TestDatabase;
// A production-like master key: no development key file, and no warning about one on stderr.
const masterKey = randomBytes(32).toString('base64');

function crm(...args: string[]): Promise<CliResult> {
  return runBuiltCli(args, { DATABASE_URL: database.url, CRM_MASTER_KEY: masterKey });
}

beforeAll(async () => {
  await buildCli();
  database = await createTestDatabase('cli_import');
}, 180_000);

afterAll(async () => {
  await database?.drop();
});

describe('crm import', () => {
  it('imports touches with a mapping, prints the JSON summary with every bad row, and exits 0', async () => {
    const result = await crm('import', 'touches', FIXTURE, '--mapping', 'mappings/online-retail.json', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ kind: 'touches', source: 'online-retail', rowsRead: 17, eventsAppended: 11, skipped: { 'guest purchase (no CustomerID)': 2 } });
    expect(summary.badRows.map((row: { line: number }) => row.line)).toEqual([7, 10, 13, 15, 16, 18]);
    expect(summary.badRowsByReason).toMatchObject({ 'Quantity must not be 0': 1, 'has 7 fields where the header has 8': 1 });
    expect(result.stderr).toContain('import touches');
  });

  it('encrypts the personal data it imports, as the api does', async () => {
    const db = createReadDb(database.url, { maxConnections: 1 });
    try {
      const { rows } = await sql<{ data: string }>`select data::text as data from events where event_type = 'CustomerRegistered'`.execute(db);
      expect(rows.length).toBeGreaterThan(0);
      for (const { data } of rows) {
        expect(data).toContain('"$enc"');
        expect(data).not.toContain('Online Retail customer');
      }
    } finally {
      await db.destroy();
    }
  });

  it('appends nothing on a second run, and says so in words without --json', async () => {
    const result = await crm('import', 'touches', FIXTURE, '--mapping', 'mappings/online-retail.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/events appended\s+0\n/);
    expect(result.stdout).toMatch(/already imported\s+7\n/);
    expect(result.stdout).toContain('line 7: Quantity must be a whole number');
  });

  it('exits 2 naming the mapping field for an unknown field or a missing column', async () => {
    const unknown = await crm('import', 'touches', FIXTURE, '--mapping', 'mappings/online-retail.json', '--map', 'touch.colour=Country');
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^crm import touches: mapping touch\.colour: is not a field of touch/);
    const column = await crm('import', 'customers', FIXTURE, '--map', 'customer.key=ClientID', '--map', 'customer.name=CustomerID');
    expect(column.code).toBe(2);
    expect(column.stderr).toContain('mapping customer.key: names column "ClientID", which the file\'s header (line 1) does not have');
  });

  it('exits 2 for a mapping file that is not JSON, and 1 for a file that cannot be read', async () => {
    const mapping = await crm('import', 'touches', FIXTURE, '--mapping', FIXTURE);
    expect(mapping.code).toBe(2);
    expect(mapping.stderr).toMatch(/--mapping test\/fixtures\/import\/purchases\.csv: is not JSON/);
    const missing = await crm('import', 'touches', 'no/such/file.csv', '--mapping', 'mappings/online-retail.json');
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'crm import touches: cannot read no/such/file.csv: no such file\n' });
  });
});
