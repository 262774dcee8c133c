import type pg from 'pg';

/** The part of pg's Connection a COPY FROM needs, which @types/pg leaves out. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}
const copying = (connection: pg.Connection) => connection as unknown as CopyConnection;

const CHUNK_BYTES = 64 * 1024;

const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format: a backslash, tab or line break inside it escaped (tabs part the columns, line breaks the rows). */
export const copyValue = (text: string): string => text.replace(/[\\\t\n\r]/g, (character) => copyEscapes[character]!);

/**
 * Runs `COPY … FROM STDIN` with rows already in COPY's text format. pg speaks COPY only through
 * the pg-copy-streams package; this is the little of it a bulk append needs, through pg's
 * Submittable hook: an object the client hands each backend message of its query. After an
 * error the client calls handleError and never handleReadyForQuery.
 */
export function copyFrom(client: pg.ClientBase, statement: string, rows: string): Promise<void> {
  const data = Buffer.from(rows);
  return new Promise((resolve, reject) => {
    const ignored = () => undefined;
    client.query({
      submit: (connection: pg.Connection) => copying(connection).query(statement),
      handleCopyInResponse: (connection: pg.Connection) => {
        for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) copying(connection).sendCopyFromChunk(data.subarray(offset, offset + CHUNK_BYTES));
        copying(connection).endCopyFrom();
      },
      handleReadyForQuery: () => resolve(),
      handleError: (error: Error) => reject(error),
      handleCommandComplete: ignored,
      handleRowDescription: ignored,
      handleDataRow: ignored,
      handlePortalSuspended: ignored,
      handleEmptyQuery: ignored,
      handleCopyData: ignored,
    } as pg.Submittable);
  });
}
