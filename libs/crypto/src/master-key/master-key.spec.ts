import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { InvalidConfigError, loadConfig } from '#crm/config';
import { DecryptionFailedError, InvalidMasterKeyError } from '../crypto.errors.js';
import { DEVELOPMENT_KEY_FILE, loadMasterKey } from './load-master-key.js';
import { MasterKey } from './master-key.js';

describe('MasterKey', () => {
  const bytes = randomBytes(32);
  const masterKey = new MasterKey(bytes);

  it('unwraps the data keys it wrapped, only under the key id they were wrapped for', () => {
    const dataKey = randomBytes(32);
    const wrapped = masterKey.wrap(dataKey, 'key-1');
    expect(masterKey.unwrap(wrapped, 'key-1')).toEqual(dataKey);
    expect(() => masterKey.unwrap(wrapped, 'key-2')).toThrow(DecryptionFailedError);
    expect(() => new MasterKey(randomBytes(32)).unwrap(wrapped, 'key-1')).toThrow(DecryptionFailedError);
  });

  it('has a stable id that is not the key, and never shows its bytes', () => {
    expect(new MasterKey(Buffer.from(bytes)).id).toBe(masterKey.id);
    expect(masterKey.id).toMatch(/^[0-9a-f]{16}$/);
    expect(bytes.toString('hex')).not.toContain(masterKey.id);
    const shown = `${inspect(masterKey)} ${JSON.stringify(masterKey)}`;
    expect(shown).not.toContain(bytes.toString('base64'));
    expect(shown).not.toContain(bytes.toString('hex'));
  });

  it('takes exactly 32 bytes', () => {
    expect(() => new MasterKey(randomBytes(16))).toThrow(InvalidMasterKeyError);
    expect(() => MasterKey.fromBase64('not base64!')).toThrow(InvalidMasterKeyError);
    expect(MasterKey.fromBase64(`${bytes.toString('base64')}\n`).id).toBe(masterKey.id);
  });
});

describe('CRM_MASTER_KEY', () => {
  it('is checked with the rest of the configuration, without echoing the value', () => {
    const value = randomBytes(16).toString('base64');
    let error: unknown;
    try {
      loadConfig({ CRM_MASTER_KEY: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidConfigError);
    expect((error as InvalidConfigError).issues).toEqual([
      { variable: 'CRM_MASTER_KEY', reason: 'must be 32 bytes in base64 (openssl rand -base64 32)' },
    ]);
    expect((error as Error).message).not.toContain(value);
  });
});

describe('loadMasterKey', () => {
  let dataDir: string;
  beforeEach(async () => (dataDir = await mkdtemp(join(tmpdir(), 'crm-master-key-'))));
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('uses CRM_MASTER_KEY when set, writing nothing and warning of nothing', async () => {
    const configured = randomBytes(32).toString('base64');
    const warnings: string[] = [];
    const key = await loadMasterKey({ masterKey: configured, dataDir }, (line) => warnings.push(line));
    expect(key.id).toBe(MasterKey.fromBase64(configured).id);
    expect(warnings).toEqual([]);
    await expect(stat(join(dataDir, DEVELOPMENT_KEY_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('creates a development key once, readable by its owner only, and says so without showing it', async () => {
    const warnings: string[] = [];
    const first = await loadMasterKey({ dataDir }, (line) => warnings.push(line));
    const again = await loadMasterKey({ dataDir }, (line) => warnings.push(line));
    expect(again.id).toBe(first.id);

    const path = join(dataDir, DEVELOPMENT_KEY_FILE);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const stored = (await readFile(path, 'utf8')).trim();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/DEVELOPMENT master key .* created now in /);
    expect(warnings[1]).toMatch(/DEVELOPMENT master key .* read from /);
    expect(warnings.join('\n')).not.toContain(stored);
  });

  it('agrees on one development key when several processes start at once', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadMasterKey({ dataDir }, () => undefined)));
    expect(new Set(keys.map((key) => key.id)).size).toBe(1);
  });
});
