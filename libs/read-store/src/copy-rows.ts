import { Kysely, PostgresDialect, type PostgresPool, type Transaction } from 'kysely';
import { copyFrom, copyValue } from '#crm/event-store';
import { poolOf } from './create-read-db.js';
import type { ReadDatabase } from './read-database.js';
import type { TableDeclaration } from './schema/tables.js';

/** `COPY … FROM STDIN` on the connection of the transaction it was handed with: the statement, then the rows in COPY's text format. */
export type CopyIn = (statement: string, rows: string) => Promise<void>;

/**
 * A transaction of `db` whose work may also COPY rows into it. Kysely keeps a transaction's pg
 * client to itself, so this takes a client from createReadDb's pool and runs the transaction on a
 * Kysely over that one client: the COPY shares the transaction. When `db` was not made by
 * createReadDb there is no pool to take a client from: a plain transaction, and no `copyIn`.
 */
export async function transactionWithCopy<T>(
  db: Kysely<ReadDatabase>,
  work: (trx: Transaction<ReadDatabase>, copyIn: CopyIn | undefined) => Promise<T>,
): Promise<T> {
  const pool = poolOf(db);
  if (!pool) return db.transaction().execute((trx) => work(trx, undefined));
  const client = await pool.connect();
  // After any failure the client is destroyed, not given back: Kysely asks that when a rollback
  // failed, a lost connection is useless, and telling those apart is not worth a rare reconnect.
  let destroy = false;
  const onePool: PostgresPool = {
    connect: async () => ({
      query: client.query.bind(client) as never,
      release: (discard?: boolean) => {
        destroy ||= discard === true;
      },
    }),
    end: async () => undefined,
  };
  try {
    const single = new Kysely<ReadDatabase>({ dialect: new PostgresDialect({ pool: onePool }) });
    return await single.transaction().execute((trx) => work(trx, (statement, rows) => copyFrom(client, statement, rows)));
  } catch (error) {
    destroy = true;
    throw error;
  } finally {
    client.release(destroy);
  }
}

/**
 * Writes rows into a declared table by COPY: for a table filled from empty (a rebuild's replay),
 * where no row can already be there. The columns are the table's, in its order, but for identity
 * columns and for defaulted ones the first row leaves out (COPY would write them null).
 */
export async function copyRows(
  copyIn: CopyIn,
  schema: string,
  tableName: string,
  table: TableDeclaration,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const [first] = rows;
  const columns = Object.entries(table.columns)
    .filter(([name, { options }]) => !options.identity && !(options.defaultTo !== undefined && first[name] === undefined))
    .map(([name]) => name);
  const skipped = Object.keys(first).filter((name) => !columns.includes(name) && first[name] !== undefined);
  if (skipped.length > 0) throw new Error(`copy into ${tableName}: ${skipped.join(', ')} not among its columns`);
  let text = '';
  for (const row of rows) {
    for (let index = 0; index < columns.length; index++) {
      if (index > 0) text += '\t';
      text += copyField(row[columns[index]]);
    }
    text += '\n';
  }
  await copyIn(`copy ${quoteIdentifier(schema)}.${quoteIdentifier(tableName)} (${columns.map(quoteIdentifier).join(', ')}) from stdin`, text);
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** One field in COPY's text format: the value as pg would send it as a parameter, then COPY's escapes. */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  return copyValue(parameterText(value));
}

function parameterText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** pg's own rule for an array parameter (a PostgreSQL array literal); objects in it are JSON. */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    if (Array.isArray(value)) return arrayLiteral(value);
    return `"${parameterText(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  });
  return `{${elements.join(',')}}`;
}
