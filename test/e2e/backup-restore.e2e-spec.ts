import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApps, runBuiltCli } from '#test/support/built-cli';
import { startProcess, type StartedProcess } from '#test/support/child-process';
import { createTestDatabase, type TestDatabase } from '#test/support/database';
import { freePort } from '#test/support/free-port';

jest.setTimeout(180_000);

const API = 'dist/apps/api/src/main.js';
const PEOPLE = ['Ana Backup-Before', 'Ben Stays-Intact', 'Cai Stays-Intact'];

describe('crm backup and crm restore keep erasures', () => {
  let database: TestDatabase;
  let folder: string;
  let env: Record<string, string>;
  let api: StartedProcess | undefined;
  let key: string;
  let port: number;

  async function startApi(): Promise<StartedProcess> {
    port = await freePort();
    api = await startProcess('node', [API], {
      env: { PATH: process.env.PATH, ...env, PORT: String(port) },
      readyLine: 'CRM API listening on',
    });
    return api;
  }

  async function call(method: string, path: string, body?: object): Promise<{ status: number; json: Record<string, any> }> {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, json: (await response.json()) as Record<string, any> };
  }

  const register = async (name: string) => (await call('POST', '/customers', { kind: 'person', name, email: `${name.split(' ')[0].toLowerCase()}@example.com` })).json.id as string;

  beforeAll(async () => {
    await buildApps(API);
    database = await createTestDatabase('backup_restore');
    folder = await mkdtemp(join(tmpdir(), 'crm-backup-'));
    env = { DATABASE_URL: database.url, CRM_MASTER_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn', CRM_DATA_DIR: folder };
  }, 240_000);

  afterAll(async () => {
    await api?.kill();
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it('restores a backup taken before an erasure without the erased person; everyone else intact, the log verified', async () => {
    const started = await startApi();
    // No terminal: the first admin key is written to a file in CRM_DATA_DIR, never to the log.
    key = (await readFile(join(folder, 'bootstrap-admin-key.txt'), 'utf8')).trim();
    const ids = [] as string[];
    for (const name of PEOPLE) ids.push(await register(name));
    const file = join(folder, 'crm.backup');
    const backup = await runBuiltCli(['backup', file], env);
    expect(backup.stderr + backup.stdout).toContain('Backed up to');
    expect(backup.code).toBe(0);
    // Encrypted: no name, no email in the file.
    const bytes = await readFile(file);
    for (const name of PEOPLE) expect(bytes.includes(Buffer.from(name))).toBe(false);
    expect(bytes.includes(Buffer.from('ben@example.com'))).toBe(false);

    // After the backup: someone new, and the first person erased.
    const dan = await register('Dan After-Backup');
    expect((await call('POST', `/customers/${ids[0]}/erasure`, {})).status).toBe(200);
    await started.kill('SIGTERM');

    // A damaged backup is refused before the database is touched.
    const damaged = join(folder, 'damaged.backup');
    const altered = Buffer.from(bytes);
    altered[altered.length - 100] ^= 1;
    await writeFile(damaged, altered);
    const refused = await runBuiltCli(['restore', damaged], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('is damaged');

    const restore = await runBuiltCli(['restore', file], env);
    expect(restore.stderr + restore.stdout).toContain('1 erasure(s) made since re-applied');
    expect(restore.stdout).toContain('log intact');
    expect(restore.code).toBe(0);

    await startApi();
    const erased = await call('GET', `/customers/${ids[0]}`);
    expect(erased.json.status).toBe('erased');
    expect(JSON.stringify(erased.json)).not.toContain('Ana');
    for (const [index, id] of ids.entries()) {
      if (index === 0) continue;
      expect((await call('GET', `/customers/${id}`)).json).toMatchObject({ status: 'active', personal: { name: PEOPLE[index] } });
    }
    // Written after the backup: not in it (the RPO is the time since the last backup).
    expect((await call('GET', `/customers/${dan}`)).status).toBe(404);
    const directory = await call('GET', '/customers?limit=50');
    expect(directory.json.items.map((item: { name: string }) => item.name).sort()).toEqual(['Ben Stays-Intact', 'Cai Stays-Intact', '[erased]']);
    expect((await call('GET', '/audit/verify')).json).toMatchObject({ status: 'intact' });
    // Erasing again after the restore changes nothing: the ledger keeps the first.
    expect((await call('POST', `/customers/${ids[0]}/erasure`, {})).json).toMatchObject({ erased: true, keyDestroyed: false });
  });
});
