import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ApiKeyService } from '#crm/auth';
import { createReadDb } from '#crm/read-store';
import { buildCli, runBuiltCli, type CliResult } from '#test/support/built-cli';
import { createTestDatabase, type TestDatabase } from '#test/support/database';

// Each test spawns the CLI a few times; on a busy machine one start takes seconds.
jest.setTimeout(120_000);

let database: TestDatabase;

function crm(args: string[], env: Record<string, string> = { DATABASE_URL: database.url }): Promise<CliResult> {
  return runBuiltCli(args, env);
}

async function authenticate(key: string) {
  const db = createReadDb(database.url, { maxConnections: 1 });
  try {
    return await new ApiKeyService(db).authenticate(key);
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  await buildCli();
  database = await createTestDatabase('cli_keys');
}, 180_000);

afterAll(async () => {
  await database?.drop();
});

describe('crm keys', () => {
  it('creates a key and prints it once, as JSON with --json', async () => {
    const result = await crm(['keys', 'create', '--role', 'analyst', '--name', 'x', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const created = JSON.parse(result.stdout);
    expect(Object.keys(created).sort()).toEqual(['id', 'key', 'name', 'role']);
    expect(created).toMatchObject({ role: 'analyst', name: 'x', key: expect.stringMatching(/^crm_[A-Za-z0-9_-]{43}$/) });
    expect(await authenticate(created.key)).toMatchObject({ role: 'analyst', keyId: created.id });
  });

  it('prints the key with a warning that it cannot be shown again, without --json', async () => {
    const result = await crm(['keys', 'create', '--role', 'operator', '--name', 'front desk', '--staff', 'S-17']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Created operator key "front desk" \(id [0-9a-f-]{36}\):\n\n {2}crm_\S{43}\n\nStore it now/);
  });

  it('refuses an unknown role with exit 2, listing the valid roles', async () => {
    const result = await crm(['keys', 'create', '--role', 'boss', '--name', 'x']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'crm keys create: role: "boss" is not a role; valid roles are operator, analyst, compliance, admin' +
        " (see 'crm keys create --help')\n",
    });
  });

  it('refuses a missing flag with exit 2', async () => {
    const result = await crm(['keys', 'create', '--role', 'admin']);
    expect(result).toMatchObject({ code: 2, stderr: "crm keys create: --name is required (see 'crm keys create --help')\n" });
  });

  it('lists keys without the keys themselves, and revokes one', async () => {
    const created = JSON.parse((await crm(['keys', 'create', '--role', 'compliance', '--name', 'auditor', '--json'])).stdout);

    const listed = await crm(['keys', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).not.toContain(created.key);
    expect(JSON.parse(listed.stdout)).toContainEqual(
      expect.objectContaining({ id: created.id, role: 'compliance', name: 'auditor', revokedAt: null }),
    );

    const revoked = await crm(['keys', 'revoke', created.id]);
    expect(revoked).toMatchObject({ code: 0, stdout: `Revoked compliance key "auditor" (id ${created.id}).\n` });
    expect(await authenticate(created.key)).toBeNull();
    expect((await crm(['keys', 'list'])).stdout).toMatch(new RegExp(`${created.id}\\s+compliance\\s+auditor.*revoked `));
  });

  it('fails with exit 1 and one line when revoking a key that does not exist', async () => {
    const result = await crm(['keys', 'revoke', 'no-such-key']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'crm keys revoke: API key no-such-key does not exist\n' });
  });

  it('names the database it cannot reach, in one line, with exit 1', async () => {
    const result = await crm(['keys', 'list'], { DATABASE_URL: 'postgres://someone:secret@127.0.0.1:1/crm' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^crm keys list: PostgreSQL unreachable at 127\.0\.0\.1:1\/crm: .+\n$/);
    expect(result.stderr).not.toContain('secret');
  });

  it('lists every command for --help', async () => {
    const result = await crm(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/crm keys create\s+Create an API key/);
  });
});
