import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess, type StartedProcess } from '#test/support/child-process';
import { freePort } from '#test/support/free-port';

/**
 * A redis-server of the test's own (never the shared one), without persistence: restarted, it
 * comes back empty, the way a Redis without AOF forgets every job.
 */
export class TestRedisServer {
  private running: StartedProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<TestRedisServer> {
    const server = new TestRedisServer(await freePort(), await mkdtemp(join(tmpdir(), 'crm-redis-')));
    await server.launch();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Killed without a chance to save anything, then started again on the same port, empty. */
  async restart(): Promise<void> {
    await this.running?.kill('SIGKILL');
    await this.launch();
  }

  async stop(): Promise<void> {
    await this.running?.kill('SIGKILL');
    await rm(this.dir, { recursive: true, force: true });
  }

  private async launch(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir];
    this.running = await startProcess('redis-server', args, { env: { PATH: process.env.PATH }, readyLine: 'Ready to accept connections' });
  }
}
