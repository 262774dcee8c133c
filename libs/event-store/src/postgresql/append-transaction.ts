import type pg from 'pg';
import type { AppendResult, AppendTransaction, EventToAppend, ExpectedRevision, Statement } from '../event-store.port.js';
import { validateAppend } from '../event-store-input.validation.js';
import { appendEvents } from './append-events.js';
import type { AppendNotifier } from './append-notifier.js';
import { asUnavailable } from './postgres-unavailable.js';

/**
 * An append and the caller's statements in one transaction on one connection. The transaction
 * takes its id at the append's first insert, after the stream's lock, as a lone append does, so
 * the log's ordering rule holds; subscribers hear of it only once it has committed.
 */
export class PostgresAppendTransaction implements AppendTransaction {
  private newestCommit: bigint | undefined;
  private done = false;

  private constructor(
    private readonly client: pg.PoolClient,
    private readonly notifier: AppendNotifier,
    private readonly where: string,
  ) {}

  static async begin(pool: pg.Pool, notifier: AppendNotifier, where: string): Promise<PostgresAppendTransaction> {
    let client: pg.PoolClient | undefined;
    try {
      client = await pool.connect();
      await client.query('begin');
      return new PostgresAppendTransaction(client, notifier, where);
    } catch (error) {
      client?.release(error as Error);
      throw asUnavailable(error, where);
    }
  }

  async execute<Row>(statement: Statement): Promise<Row[]> {
    const { rows } = await this.run(() => this.client.query({ text: statement.sql, values: [...statement.parameters] }));
    return rows as Row[];
  }

  async appendToStream(streamName: string, events: EventToAppend[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    validateAppend(streamName, events, expected);
    const result = await this.run(() => appendEvents(this.client, streamName, events, expected, { inTransaction: true }));
    this.newestCommit = result.position.commit;
    return result;
  }

  async commit(): Promise<void> {
    await this.end('commit');
    if (this.newestCommit !== undefined) this.notifier.appended(this.newestCommit);
  }

  async rollback(): Promise<void> {
    await this.end('rollback');
  }

  private async end(statement: 'commit' | 'rollback'): Promise<void> {
    if (this.done) return;
    this.done = true;
    let broken: Error | undefined;
    try {
      await this.client.query(statement);
    } catch (error) {
      broken = error as Error;
      throw asUnavailable(error, this.where);
    } finally {
      this.client.release(broken);
    }
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw asUnavailable(error, this.where);
    }
  }
}
