import { sql, type Kysely } from 'kysely';
import type { AdvisoryLockKey } from './advisory-lock.js';
import type { ReadDatabase } from '#crm/read-store';

/**
 * One pooled connection kept out of the pool: session advisory locks live as long as the
 * connection, so whoever holds them keeps them until close() or until the process dies.
 */
export class LockSession {
  private constructor(
    private readonly connection: Kysely<ReadDatabase>,
    /** The backend holding the locks, which pg_locks reports. */
    readonly pid: number,
    private readonly release: () => void,
    private readonly released: Promise<void>,
  ) {}

  static open(db: Kysely<ReadDatabase>): Promise<LockSession> {
    return new Promise((resolve, reject) => {
      let release!: () => void;
      const releaseRequested = new Promise<void>((done) => (release = done));
      // Assigned before the callback below can run: the connection is acquired asynchronously.
      const released: Promise<void> = db.connection().execute(async (connection) => {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(connection);
        resolve(new LockSession(connection, rows[0].pid, release, released));
        await releaseRequested;
        // The connection goes back to the pool: it must not carry our locks there.
        await sql`select pg_advisory_unlock_all()`.execute(connection);
      });
      released.catch(reject);
    });
  }

  async tryLock(key: AdvisoryLockKey): Promise<boolean> {
    const { rows } = await sql<{ locked: boolean }>`
      select pg_try_advisory_lock(${key.kind}::int4, ${key.id}::int4) as locked`.execute(this.connection);
    return rows[0].locked;
  }

  async unlock(key: AdvisoryLockKey): Promise<void> {
    await sql`select pg_advisory_unlock(${key.kind}::int4, ${key.id}::int4)`.execute(this.connection);
  }

  /** Fails when the connection is gone, and with it every lock it held. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.connection);
  }

  async close(): Promise<void> {
    this.release();
    await this.released.catch(() => undefined);
  }
}
