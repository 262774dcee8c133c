import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '#test/support/free-port';

const ENTRY = 'dist/apps/crm/src/main.js';

// A first start initialises a PostgreSQL cluster; on a busy machine that takes a while.
jest.setTimeout(90_000);

interface Started {
  process: ChildProcess;
  output: () => string;
}

let dataDir: string;
let port: number;
let pgPort: number;
const started: ChildProcess[] = [];

/** `npm start` without the build step: node on dist/ (package.json imports resolve #crm there), no DATABASE_URL. */
function startCrm(): Promise<Started> {
  const child = spawn('node', [ENTRY], {
    env: { PATH: process.env.PATH, CRM_DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`CRM API listening on http://127.0.0.1:${port}`)) resolve({ process: child, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the CRM exited with ${code} before listening:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function portAnswers(target: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(target, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const BOOTSTRAP_LINE = 'No API key existed, so an admin key was created';

/** The key printed under the bootstrap line, if any. */
function bootstrapKey(output: string): string | undefined {
  return /No API key existed[^\n]*\n\s*\n\s+(crm_\S+)/.exec(output)?.[1];
}

function customers(key?: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/customers`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
}

async function health(): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(`http://127.0.0.1:${port}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

beforeAll(async () => {
  // Other people's work in progress may not typecheck; tsc still emits, and the entry must exist.
  await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json']).catch(() => undefined);
  if (!existsSync(ENTRY)) throw new Error(`the build did not produce ${ENTRY}`);
  dataDir = await mkdtemp(join(tmpdir(), 'crm-start-'));
  await chmod(dataDir, 0o755); // run as root, the embedded PostgreSQL runs as `postgres`
  [port, pgPort] = await Promise.all([freePort(), freePort()]);
}, 180_000);

afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  // A failed test may have left the embedded postgres running; stop it before removing its folder.
  const pid = Number.parseInt((await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0] ?? '', 10);
  if (pid > 0) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // already gone
    }
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts on a fresh machine with an embedded PostgreSQL, answers /health, and stops cleanly on SIGTERM', async () => {
    const crm = await startCrm();
    expect(crm.output()).toContain(`embedded PostgreSQL in ${join(dataDir, 'postgres')}`);

    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({ eventStore: { backend: 'postgresql', ok: true }, database: { ok: true } });
    expect(['ok', 'degraded']).toContain(body.status);

    const key = bootstrapKey(crm.output());
    expect(key).toBeDefined();
    expect((await customers(key)).status).toBe(200);
    expect((await customers()).status).toBe(401);

    crm.process.kill('SIGTERM');
    expect(await exited(crm.process)).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(await portAnswers(pgPort)).toBe(false);
  });

  it('starts again on the same data after a run that was killed and left its PostgreSQL behind', async () => {
    const killed = await startCrm();
    killed.process.kill('SIGKILL');
    await exited(killed.process);
    expect(await portAnswers(pgPort)).toBe(true); // the orphan still serves the folder

    const crm = await startCrm();
    expect((await health()).status).toBe(200);
    // The admin key was created by the first start: no later start prints one again.
    expect(killed.output()).not.toContain(BOOTSTRAP_LINE);
    expect(crm.output()).not.toContain(BOOTSTRAP_LINE);
    crm.process.kill('SIGTERM');
    expect(await exited(crm.process)).toBe(0);
    expect(await portAnswers(pgPort)).toBe(false);
  });
});
