import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '#test/support/free-port';

const run = promisify(execFile);

const TOOLS = ['initdb', 'pg_ctl', 'pg_basebackup'];

/**
 * A PostgreSQL primary and a hot standby streaming from it, of the test's own: the shared server
 * refuses replication connections. Each runs from a temporary folder on a free port, owned by the
 * `postgres` OS user when the tests run as root (initdb refuses root). stop() ends both and
 * removes the folder, whatever state they are in.
 */
export class ReplicaPair {
  private constructor(
    private readonly bin: string,
    private readonly root: string,
    readonly primaryPort: number,
    readonly replicaPort: number,
  ) {}

  /** Fails, naming what is missing, when the PostgreSQL server programs are not installed. */
  static async start(): Promise<ReplicaPair> {
    const bin = await serverBinaries();
    const root = await mkdtemp(join(tmpdir(), 'crm-replica-'));
    const pair = new ReplicaPair(bin, root, await freePort(), await freePort());
    try {
      if (runsAsRoot()) await chownToPostgres(root);
      await pair.startPrimary();
      await pair.startReplica();
      return pair;
    } catch (error) {
      await pair.stop();
      throw error;
    }
  }

  primaryUrl(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.primaryPort}/${database}`;
  }

  replicaUrl(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.replicaPort}/${database}`;
  }

  /** Stops the replica as an operator would (`pg_ctl stop -m fast`): it refuses connections until started again. */
  async stopReplica(): Promise<void> {
    await this.pgCtl(this.replicaDir, 'stop', '-m', 'fast');
  }

  async stop(): Promise<void> {
    for (const dir of [this.replicaDir, this.primaryDir]) {
      if (existsSync(join(dir, 'postmaster.pid'))) await this.pgCtl(dir, 'stop', '-m', 'immediate').catch(() => undefined);
    }
    await rm(this.root, { recursive: true, force: true });
  }

  private get primaryDir(): string {
    return join(this.root, 'primary');
  }

  private get replicaDir(): string {
    return join(this.root, 'replica');
  }

  private async startPrimary(): Promise<void> {
    await this.tool('initdb', '-D', this.primaryDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync');
    await appendFile(
      join(this.primaryDir, 'postgresql.conf'),
      [
        `port = ${this.primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        "unix_socket_directories = ''",
        'wal_level = replica',
        'max_wal_senders = 4',
        'max_connections = 60',
        'hot_standby = on',
        // A test's data is thrown away: no need to wait for the disk.
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        '',
      ].join('\n'),
    );
    await appendFile(join(this.primaryDir, 'pg_hba.conf'), 'host replication all 127.0.0.1/32 trust\n');
    await this.pgCtl(this.primaryDir, 'start');
  }

  private async startReplica(): Promise<void> {
    // -R writes standby.signal and primary_conninfo: the copy starts as a standby streaming from the primary.
    await this.tool(
      'pg_basebackup',
      '-h',
      '127.0.0.1',
      '-p',
      String(this.primaryPort),
      '-U',
      'postgres',
      '-D',
      this.replicaDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
    );
    await appendFile(join(this.replicaDir, 'postgresql.conf'), `port = ${this.replicaPort}\n`);
    await this.pgCtl(this.replicaDir, 'start');
  }

  private pgCtl(dir: string, action: string, ...options: string[]): Promise<void> {
    return this.tool('pg_ctl', '-D', dir, '-l', `${dir}.log`, '-w', '-t', '30', action, ...options);
  }

  private async tool(name: string, ...args: string[]): Promise<void> {
    const program = join(this.bin, name);
    // util-linux's runuser lives in sbin, which a root shell's PATH need not include.
    const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((path) => existsSync(path)) ?? 'runuser';
    const [command, commandArgs] = runsAsRoot() ? [runuser, ['-u', 'postgres', '--', program, ...args]] : [program, args];
    try {
      await run(command, commandArgs, { cwd: this.root, env: { PATH: process.env.PATH, LANG: 'C' } });
    } catch (error) {
      const { stderr, message } = error as { stderr?: string; message: string };
      const log = await readLogs(this.root);
      throw new Error(`${name} ${args.join(' ')} failed: ${(stderr || message).trim()}${log}`);
    }
  }
}

function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

async function chownToPostgres(dir: string): Promise<void> {
  const id = (flag: string) => run('id', [flag, 'postgres']).then(({ stdout }) => Number(stdout.trim()));
  try {
    await chown(dir, await id('-u'), await id('-g'));
  } catch (error) {
    throw new Error(
      `the tests run as ${userInfo().username} and initdb refuses root, but there is no "postgres" OS user to run it as (${(error as Error).message})`,
    );
  }
}

/** The folder of initdb, pg_ctl and pg_basebackup: PG_BINDIR, pg_config --bindir, or the newest /usr/lib/postgresql/N/bin. */
async function serverBinaries(): Promise<string> {
  const candidates: string[] = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  const fromPgConfig = await run('pg_config', ['--bindir']).then(
    ({ stdout }) => stdout.trim(),
    () => undefined,
  );
  if (fromPgConfig) candidates.push(fromPgConfig);
  const versions = await readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  candidates.push(...versions.sort((a, b) => Number(b) - Number(a)).map((version) => `/usr/lib/postgresql/${version}/bin`));
  const found = candidates.find((dir) => TOOLS.every((tool) => existsSync(join(dir, tool))));
  if (found) return found;
  throw new Error(
    `the read-replica test needs the PostgreSQL server programs (${TOOLS.join(', ')}) and found them in none of: ${candidates.join(', ') || 'no candidate folder'}. ` +
      'Install the PostgreSQL server (apt-get install postgresql) or set PG_BINDIR to their folder.',
  );
}

async function readLogs(root: string): Promise<string> {
  const logs = (await readdir(root).catch(() => [] as string[])).filter((name) => name.endsWith('.log'));
  const texts = await Promise.all(logs.map((name) => readFile(join(root, name), 'utf8').catch(() => '')));
  const tail = texts.join('\n').trim().split('\n').slice(-10).join('\n');
  return tail ? `\n${tail}` : '';
}
