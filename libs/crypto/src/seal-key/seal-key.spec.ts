import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { InvalidConfigError, loadConfig } from '#crm/config';
import { InvalidSealKeyError } from '../crypto.errors.js';
import { DEVELOPMENT_SEAL_KEY_FILE, loadSealKey, readSealPublicKey } from './load-seal-key.js';
import { SealKey, SealPublicKey } from './seal-key.js';

const pair = () => generateKeyPairSync('ed25519');

describe('SealKey', () => {
  const { privateKey, publicKey } = pair();
  const key = new SealKey(privateKey);

  it('signs what its public key alone verifies, and nothing else', () => {
    const signature = key.sign('seal 1');
    const auditor = SealPublicKey.fromPem(publicKey.export({ format: 'pem', type: 'spki' }).toString(), 'auditor.pem');
    expect(auditor.id).toBe(key.id);
    expect(auditor.verify('seal 1', signature)).toBe(true);
    expect(auditor.verify('seal 2', signature)).toBe(false);
    expect(auditor.verify('seal 1', 'not a signature')).toBe(false);
    expect(SealPublicKey.of(pair().publicKey, 'other').verify('seal 1', signature)).toBe(false);
  });

  it('reads PEM and base64 DER alike, and names where a bad key came from', () => {
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(SealKey.fromText(pem, 'x').id).toBe(key.id);
    expect(SealKey.fromText(der, 'x').id).toBe(key.id);
    expect(() => SealKey.fromText('garbage', 'CRM_SEAL_KEY')).toThrow(new InvalidSealKeyError('CRM_SEAL_KEY'));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(() => new SealKey(rsa, 'rsa.pem')).toThrow(/rsa\.pem does not hold an Ed25519 key/);
  });

  it('never shows the private key', () => {
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const body = pem.split('\n')[1]!;
    expect(`${inspect(key)} ${JSON.stringify(key)}`).not.toContain(body);
  });
});

describe('CRM_SEAL_KEY', () => {
  it('is checked with the rest of the configuration, without echoing the value', () => {
    const value = pair().publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    let error: unknown;
    try {
      loadConfig({ CRM_SEAL_KEY: value, CRM_SEAL_EVERY_EVENTS: '0' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidConfigError);
    expect((error as InvalidConfigError).issues).toEqual([
      { variable: 'CRM_SEAL_KEY', reason: 'must be an Ed25519 private key, PKCS#8 PEM or base64 DER (openssl genpkey -algorithm ed25519)' },
      { variable: 'CRM_SEAL_EVERY_EVENTS', reason: 'must be a whole number of events (1-100000)' },
    ]);
    expect((error as Error).message).not.toContain(value);
  });
});

describe('loadSealKey', () => {
  let dataDir: string;
  beforeEach(async () => (dataDir = await mkdtemp(join(tmpdir(), 'crm-seal-key-'))));
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('uses CRM_SEAL_KEY when set, writing nothing', async () => {
    const { privateKey } = pair();
    const warnings: string[] = [];
    const key = await loadSealKey({ sealKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), dataDir }, (line) => warnings.push(line));
    expect(key.id).toBe(new SealKey(privateKey).id);
    expect(warnings).toEqual([]);
    await expect(stat(join(dataDir, DEVELOPMENT_SEAL_KEY_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('makes one development key, owner-readable, announced on every start; its public key reads back for auditors', async () => {
    const warnings: string[] = [];
    const keys = await Promise.all(Array.from({ length: 4 }, () => loadSealKey({ dataDir }, (line) => warnings.push(line))));
    expect(new Set(keys.map((key) => key.id)).size).toBe(1);
    const path = join(dataDir, DEVELOPMENT_SEAL_KEY_FILE);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(warnings.filter((line) => /DEVELOPMENT seal key .* created now in /.test(line))).toHaveLength(1);
    expect(warnings.filter((line) => /DEVELOPMENT seal key .* read from /.test(line))).toHaveLength(3);
    expect(warnings.join('\n')).not.toContain((await readFile(path, 'utf8')).split('\n')[1]);

    const publicFile = join(dataDir, 'public.pem');
    await writeFile(publicFile, keys[0]!.publicKey.pem);
    expect((await readSealPublicKey(publicFile)).id).toBe(keys[0]!.id);
    await expect(readSealPublicKey(join(dataDir, 'none.pem'))).rejects.toThrow(`cannot read the public key ${join(dataDir, 'none.pem')}: ENOENT`);
  });
});
