import { randomUUID } from 'node:crypto';
import { currentSchemaVersion, customerStreamName } from '#crm/domain';
import { PostgresEventStore } from '#crm/event-store';
import { directoryProjection, timelineProjection } from '#crm/projections';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { aCustomer } from '#test/support/builders';
import { runCli } from '../../framework/run-cli.js';
import { projectionsStatusCommand } from './projections-status.command.js';
import { rebuildProjectionCommands } from './rebuild-projections.command.js';

const customerId = '3f1c9a7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const commands = [projectionsStatusCommand, ...rebuildProjectionCommands];

describe('crm projections', () => {
  let database: TestDatabase;

  async function crm(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, commands, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: { DATABASE_URL: database.url, LOG_LEVEL: 'fatal' },
    });
    return { code, stdout, stderr };
  }

  beforeAll(async () => {
    database = await createTestDatabase('cli_projections');
    const store = await PostgresEventStore.connect({ connectionString: database.url });
    try {
      await store.appendToStream(customerStreamName(customerId), [
        {
          id: randomUUID(),
          ...aCustomer(customerId).from('import').registeredAt(new Date().toISOString()).registered(),
          metadata: { schemaVersion: currentSchemaVersion('CustomerRegistered') },
        },
        {
          id: randomUUID(),
          type: 'NoteAdded',
          data: { customerId, occurredAt: new Date().toISOString(), channel: 'internal', personal: { text: 'hello' } },
          metadata: { schemaVersion: 1 },
        },
      ]);
    } finally {
      await store.close();
    }
  });

  afterAll(() => database.drop());

  it('rebuilds one projection by name, with progress on stderr and the result on stdout', async () => {
    const result = await crm(['projections', 'rebuild', 'timeline', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ projection: 'timeline', eventsApplied: 2 })]);
    expect(result.stderr).toMatch(/Rebuilding timeline .*2\/2 .*events\/s/);
  });

  it('rebuilds every projection when no name is given', async () => {
    const result = await crm(['projections', 'rebuild']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Rebuilt timeline: 2 events/);
    expect(result.stdout).toMatch(/Rebuilt directory: 2 events/);
    expect(result.stdout).toMatch(/Rebuilt lifecycle: 2 events/);
  });

  it('shows each projection’s status, as a table or as JSON', async () => {
    const json = await crm(['projections', 'status', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toContainEqual(
      expect.objectContaining({ name: 'directory', version: directoryProjection.version, state: 'stopped', lagEvents: 0, eventsApplied: 2, lastError: null }),
    );
    const table = await crm(['projections', 'status']);
    expect(table.stdout).toMatch(/^NAME\s+STATE\s+VERSION\s+CHECKPOINT\s+LAG/);
    expect(table.stdout).toMatch(new RegExp(`\\ntimeline\\s+stopped\\s+${timelineProjection.version}\\s+\\d+-\\d+\\s+0\\s+2 `));
  });

  it('refuses an unknown projection name with exit 2', async () => {
    const result = await crm(['projections', 'rebuild', 'nothing']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unexpected argument "nothing"/);
  });
});
