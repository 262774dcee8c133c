import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { eventHash, type UnhashedMetadata } from '#crm/commands';
import { buildCli, runBuiltCli, type CliResult } from '#test/support/built-cli';
import { eventually } from '#test/support/eventually';
import { startTestApp, type TestApp } from '#test/support/app';

jest.setTimeout(180_000);

// Every tamper case of issue 11, each on a stream (or access-log row) of its own, sealed first and
// then altered in PostgreSQL at once: `crm audit verify`, GET /audit/verify and the CLI with the
// public key alone must each name every one of them.
const sealKey = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
const masterKey = randomBytes(32).toString('base64');
const CASES = ['byte', 'middle', 'swap', 'tail', 'stream', 'recordedAt', 'rehash', 'twice'] as const;
type Case = (typeof CASES)[number];

type StoredEvent = { event_id: string; stream_name: string; stream_revision: string; event_type: string; data: Record<string, unknown>; metadata: Record<string, unknown> };
type Problem = { log: string; reason: string; eventId?: string; streamName?: string; revision?: string; entryId?: string; seal?: string };

let t: TestApp;
let folder: string;
let publicKeyFile: string;
const customers = {} as Record<Case, string>;
const accessIds: string[] = [];

const crm = (args: string[], env: Record<string, string> = { CRM_SEAL_KEY: sealKey }): Promise<CliResult> =>
  runBuiltCli(args, { DATABASE_URL: t.database.url, CRM_MASTER_KEY: masterKey, CRM_DATA_DIR: folder, ...env });
const stream = (which: Case) => `customer-${customers[which]}`;
const eventsOf = async (which: Case): Promise<StoredEvent[]> =>
  (await sql<StoredEvent>`select * from events where stream_name = ${stream(which)} order by stream_revision`.execute(t.databases.readDb)).rows;

/** Per case: the customer's three events, and the claim of their email (a stream of its own). */
const EVENTS_PER_CASE = 4;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crm-tamper-'));
  publicKeyFile = join(folder, 'seal-public.pem');
  [t] = await Promise.all([startTestApp('tamper', { CRM_SEAL_KEY: sealKey, CRM_MASTER_KEY: masterKey }), buildCli()]);
  const post = (url: string, payload: object) => t.request({ method: 'POST', url, payload });
  for (const which of CASES) {
    const registered = await post('/customers', { kind: 'person', name: `Person ${which}`, email: `${which}@example.org`, source: 'web' });
    expect(registered.statusCode).toBe(201);
    customers[which] = registered.json().id;
    expect((await post(`/customers/${customers[which]}/touches`, { type: 'call', direction: 'inbound', durationSeconds: 30, outcome: 'reached' })).statusCode).toBe(201);
    expect((await post(`/customers/${customers[which]}/touches`, { type: 'note', text: 'Call back on Monday' })).statusCode).toBe(201);
  }
  for (const which of ['byte', 'middle', 'swap'] as const) {
    expect((await t.request({ method: 'GET', url: `/customers/${customers[which]}/history?reason=ticket%2042` })).statusCode).toBe(200);
  }
  accessIds.push(...(await sql<{ id: string }>`select id from access_log order by id`.execute(t.databases.readDb)).rows.map((row) => String(row.id)));
  // A seal covers what the log's readers see, which waits for older transactions anywhere on the
  // server to end (the app's own projection batches among them): sealed at once, it found none.
  const appended = await t.eventCount();
  const readable = () => t.databases.eventStore.countAfter({ limit: appended + 1 });
  await eventually(async () => (await readable()) === appended, 30_000, async () => `the log's readers see ${await readable()} of its ${appended} events`);
}, 300_000);

afterAll(async () => {
  await t?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('signed seals', () => {
  it('are written by `crm audit seal`, listed at GET /audit/seals, and the public key is printed for auditors', async () => {
    const sealed = await crm(['audit', 'seal', '--json']);
    expect(sealed.code).toBe(0);
    const seals = JSON.parse(sealed.stdout);
    expect(seals.map((seal: { log: string; count: number }) => [seal.log, seal.count])).toEqual([
      ['events', CASES.length * EVENTS_PER_CASE],
      ['access', 3],
    ]);
    expect((await crm(['audit', 'seal'])).stdout).toMatch(/^nothing to seal/);

    const publicKey = await crm(['audit', 'public-key']);
    expect(publicKey.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    await writeFile(publicKeyFile, publicKey.stdout);

    const listed = await t.request({ method: 'GET', url: '/audit/seals', role: 'compliance' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({
      keyId: seals[0].keyId,
      publicKey: publicKey.stdout,
      events: [{ seq: '1', count: CASES.length * EVENTS_PER_CASE, signature: seals[0].signature }],
      access: [{ seq: '1', through: accessIds.at(-1) }],
    });
    expect((await t.request({ method: 'GET', url: '/audit/seals', role: 'analyst' })).statusCode).toBe(403);
  });

  it('verify finds both logs intact, with the configured key and with the public key alone', async () => {
    const http = (await t.request({ method: 'GET', url: '/audit/verify', role: 'compliance' })).json();
    expect(http).toMatchObject({ status: 'intact', events: CASES.length * EVENTS_PER_CASE, streams: CASES.length * 2, accessEntries: 3, problems: [], problemCount: 0 });
    expect(http.sealed.events).toMatchObject({ seals: 1, trusted: 1, unsealed: 0 });
    const cli = await crm(['audit', 'verify', '--public-key', publicKeyFile], {});
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`^intact, ${CASES.length * EVENTS_PER_CASE} events, ${CASES.length * 2} streams, 3 access-log entries; sealed with key [0-9a-f]{16}`));
  });
});

describe('every tamper case', () => {
  beforeAll(async () => {
    const db = t.databases.readDb;
    const [byte, middle, tail, recordedAt, twice] = await Promise.all((['byte', 'middle', 'tail', 'recordedAt', 'twice'] as const).map(eventsOf));
    await sql`update events set data = jsonb_set(data, '{durationSeconds}', '31') where event_id = ${byte![1]!.event_id}`.execute(db);
    await sql`delete from events where event_id = ${middle![1]!.event_id}`.execute(db);
    for (const [from, to] of [[1, -1], [2, 1], [-1, 2]]) {
      await sql`update events set stream_revision = ${to} where stream_name = ${stream('swap')} and stream_revision = ${from}`.execute(db);
    }
    await sql`delete from events where event_id = ${tail![2]!.event_id}`.execute(db);
    await sql`delete from events where stream_name = ${stream('stream')}`.execute(db);
    await sql`update events set recorded_at = recorded_at - interval '1 day' where event_id = ${recordedAt![0]!.event_id}`.execute(db);
    for (const event of [twice![0]!, twice![2]!]) {
      await sql`update events set metadata = jsonb_set(metadata, '{channel}', '"store"') where event_id = ${event.event_id}`.execute(db);
    }
    await rehashStream(await eventsOf('rehash'));
    await sql`delete from access_log where id = ${accessIds[1]}::bigint`.execute(db);
  });

  // The attacker's script: change a middle event, then give it and every later event of its
  // stream a fresh SHA-256 hash chained like the writer's, so the stream's own chain holds.
  async function rehashStream(events: StoredEvent[]): Promise<void> {
    let previousHash = events[0]!.metadata.hash as string;
    for (const event of events.slice(1)) {
      const data = event.stream_revision === '1' ? { ...event.data, durationSeconds: 3600 } : event.data;
      const { hash: _, ...rest } = event.metadata;
      const metadata = { ...rest, previousHash } as unknown as UnhashedMetadata;
      const hash = eventHash({ streamName: event.stream_name, revision: BigInt(event.stream_revision), eventId: event.event_id, type: event.event_type, schemaVersion: metadata.schemaVersion, data, metadata });
      await sql`update events set data = ${JSON.stringify(data)}::jsonb, metadata = ${JSON.stringify({ ...metadata, hash })}::jsonb where event_id = ${event.event_id}`.execute(t.databases.readDb);
      previousHash = hash;
    }
  }

  function expectEveryCaseNamed(problems: Problem[]): void {
    const named = (which: Case, revision: string, reason: string) =>
      expect(problems).toContainEqual(expect.objectContaining({ log: 'events', streamName: stream(which), revision, reason }));
    named('byte', '1', 'hash-mismatch');
    named('byte', '1', 'changed-since-sealed');
    named('middle', '1', 'missing-since-sealed');
    named('middle', '2', 'revision-gap');
    named('swap', '2', 'revision-gap');
    named('swap', '1', 'changed-since-sealed');
    named('swap', '2', 'changed-since-sealed');
    named('tail', '2', 'missing-since-sealed');
    for (const revision of ['0', '1', '2']) named('stream', revision, 'missing-since-sealed');
    named('recordedAt', '0', 'changed-since-sealed');
    named('rehash', '1', 'changed-since-sealed');
    named('rehash', '2', 'changed-since-sealed');
    named('twice', '0', 'hash-mismatch');
    named('twice', '2', 'hash-mismatch');
    expect(problems).toContainEqual(expect.objectContaining({ log: 'access', entryId: accessIds[1], reason: 'missing-since-sealed' }));
    // Nothing else: the untouched access-log rows and events are not named.
    expect(problems.filter((problem) => problem.log === 'access')).toHaveLength(1);
    expect(problems.some((problem) => problem.streamName === stream('rehash') && problem.reason !== 'changed-since-sealed')).toBe(false);
  }

  it('is named by GET /audit/verify, every one, with their count', async () => {
    const report = (await t.request({ method: 'GET', url: '/audit/verify', role: 'compliance' })).json();
    expect(report).toMatchObject({ status: 'tampered', events: CASES.length * EVENTS_PER_CASE - 5, problemCount: report.problems.length });
    expectEveryCaseNamed(report.problems);
    expect(report.summary).toMatch(new RegExp(`^tampered: ${report.problemCount} problems in `));
  });

  it('is named by `crm audit verify`, and alike by `crm audit verify --public-key` with no private key at hand', async () => {
    const http = (await t.request({ method: 'GET', url: '/audit/verify', role: 'compliance' })).json();
    const withKey = await crm(['audit', 'verify', '--json']);
    const publicOnly = await crm(['audit', 'verify', '--json', '--public-key', publicKeyFile], {});
    for (const result of [withKey, publicOnly]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`crm audit verify: the log was altered: ${http.problemCount} problems`);
      const { summary: _, ...report } = http;
      expect(JSON.parse(result.stdout)).toEqual(report);
    }
    const human = await crm(['audit', 'verify', '--public-key', publicKeyFile], {});
    expect(human.stdout.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(http.problemCount);
    expect(human.stdout).toContain(`missing-since-sealed at access-log entry ${accessIds[1]}: seal 1 signed it`);
  });

  it('catches a forged seal: rewriting the seal to match is refused by its signature, and another key trusts no seal', async () => {
    const other = generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const otherFile = join(folder, 'other-public.pem');
    await writeFile(otherFile, other);
    const report = JSON.parse((await crm(['audit', 'verify', '--json', '--public-key', otherFile], {})).stdout);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ log: 'events', seal: '1', reason: 'seal-signature', detail: expect.stringContaining('not by the public key given') }),
        expect.objectContaining({ log: 'access', seal: '1', reason: 'seal-signature' }),
      ]),
    );

    await sql`update audit_seal set head_hash = ${'f'.repeat(64)} where log = 'events'`.execute(t.databases.readDb);
    const forged = (await t.request({ method: 'GET', url: '/audit/verify', role: 'compliance' })).json();
    expect(forged.problems).toContainEqual(expect.objectContaining({ log: 'events', seal: '1', reason: 'seal-signature', detail: expect.stringContaining('forged or altered') }));
  });
});
