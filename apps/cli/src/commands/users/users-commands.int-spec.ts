import { Readable } from 'node:stream';
import { Kysely } from 'kysely';
import { SessionService, type AuthDatabase, DEFAULT_SESSION_POLICY } from '#crm/auth';
import { staffStreamName } from '#crm/domain';
import { PostgresEventStore } from '#crm/event-store';
import { createReadDb } from '#crm/read-store';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { runCli } from '../../framework/run-cli.js';
import { COMMANDS } from '../commands.js';

describe('crm users', () => {
  let database: TestDatabase;
  let db: Kysely<AuthDatabase>;

  async function crm(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, COMMANDS, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: Readable.from([stdin]),
      env: { DATABASE_URL: database.url, LOG_LEVEL: 'fatal', CRM_DATA_DIR: `/tmp/crm-users-cli-${process.pid}` },
    });
    return { code, stdout, stderr };
  }

  beforeAll(async () => {
    database = await createTestDatabase('cli_users');
    db = createReadDb(database.url, { maxConnections: 2 }) as Kysely<AuthDatabase>;
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('registers a new staff member in the log and gives them a password read from stdin', async () => {
    const created = await crm(['users', 'create', '--email', 'Jordi@Staff.example.org', '--name', 'Jordi Vidal', '--role', 'operator', '--password-stdin', '--json'], 'a long enough secret\n');
    expect(created).toMatchObject({ code: 0, stderr: expect.not.stringContaining('Error') });
    const user = JSON.parse(created.stdout);
    expect(user).toMatchObject({ email: 'jordi@staff.example.org', name: 'Jordi Vidal', role: 'operator', hasPassword: true });
    expect(created.stdout).not.toContain('a long enough secret');

    const store = await PostgresEventStore.connect({ connectionString: database.url });
    try {
      const events = [];
      for await (const event of store.readStream(staffStreamName(user.staffId))) events.push(event);
      expect(events.map((event) => [event.type, event.metadata.actor])).toEqual([['StaffRegistered', expect.objectContaining({ id: 'cli', role: 'system' })]]);
    } finally {
      await store.close();
    }
    const sessions = new SessionService(db, DEFAULT_SESSION_POLICY);
    await expect(sessions.signIn({ email: 'jordi@staff.example.org', password: 'a long enough secret', address: 'cli-test' })).resolves.toMatchObject({ token: expect.any(String) });

    const listed = await crm(['users', 'list']);
    expect(listed.stdout).toMatch(/jordi@staff\.example\.org\s+Jordi Vidal\s+operator\s+en\s+set\s+active/);
  });

  it('refuses a short password or a bad role with a usage error, registering no one', async () => {
    const short = await crm(['users', 'create', '--email', 'x@staff.example.org', '--name', 'X', '--role', 'operator', '--password-stdin'], 'short\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('password: must be at least 12 characters');
    const role = await crm(['users', 'create', '--email', 'x@staff.example.org', '--name', 'X', '--role', 'boss', '--password-stdin'], 'long enough password\n');
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('role');
    expect((await crm(['users', 'list', '--json'])).stdout).not.toContain('x@staff.example.org');
  });

  it('prints a generated password once when none is given, and disables, resets and signs out', async () => {
    const created = await crm(['users', 'create', '--email', 'ana@staff.example.org', '--name', 'Ana', '--role', 'analyst', '--json']);
    expect(created.code).toBe(0);
    const { staffId, password } = JSON.parse(created.stdout);
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const sessions = new SessionService(db, DEFAULT_SESSION_POLICY);
    const { token } = await sessions.signIn({ email: 'ana@staff.example.org', password, address: 'cli-test' });

    expect((await crm(['users', 'sign-out-all', staffId])).stdout).toContain('Ended 1 session(s).');
    expect(await sessions.authenticate(token)).toBeNull();
    expect((await crm(['users', 'reset-password', staffId], 'another long password\n')).code).toBe(0);
    await expect(sessions.signIn({ email: 'ana@staff.example.org', password: 'another long password', address: 'cli-test' })).resolves.toBeDefined();
    expect((await crm(['users', 'disable', staffId])).code).toBe(0);
    await expect(sessions.signIn({ email: 'ana@staff.example.org', password: 'another long password', address: 'cli-test' })).rejects.toThrow('wrong email or password');
    const unknown = await crm(['users', 'disable', 'no-such-staff']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no user for staff member no-such-staff');
  });
});
