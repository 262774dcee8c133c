import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MasterKey } from '#crm/crypto';

/**
 * A backup file: a magic line, a JSON header line, then the pg_dump archive encrypted with
 * AES-256-GCM under a key of its own (wrapped with the master key in the header), then the tag.
 * The header is authenticated too, so neither part can be swapped.
 */
const MAGIC = 'CRM-BACKUP 1\n';
const TAG_BYTES = 16;
const KEY_AAD = 'crm backup file key';

export interface BackupHeader {
  createdAt: string;
  masterKeyId: string;
  wrappedKey: string;
  iv: string;
}

export class BackupFileError extends Error {}

/** Writes `archive` encrypted to `path` (mode 600); `onBytes` sees the plaintext bytes as they pass. */
export async function writeBackupFile(path: string, masterKey: MasterKey, archive: Readable, onBytes: (total: number) => void): Promise<BackupHeader> {
  const fileKey = randomBytes(32);
  const iv = randomBytes(12);
  const header: BackupHeader = { createdAt: new Date().toISOString(), masterKeyId: masterKey.id, wrappedKey: masterKey.wrap(fileKey, KEY_AAD).toString('base64'), iv: iv.toString('base64') };
  const headerLine = `${JSON.stringify(header)}\n`;
  const cipher = createCipheriv('aes-256-gcm', fileKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(headerLine));
  let total = 0;
  await pipeline(
    archive,
    async function* (chunks: AsyncIterable<Buffer>) {
      yield Buffer.from(MAGIC + headerLine);
      for await (const chunk of chunks) {
        total += chunk.length;
        onBytes(total);
        yield cipher.update(chunk);
      }
      yield cipher.final();
      yield cipher.getAuthTag();
    },
    createWriteStream(path, { mode: 0o600 }),
  );
  return header;
}

/** Decrypts `path` into `target`; throws BackupFileError for another master key or any altered byte. */
export async function readBackupFile(path: string, masterKey: MasterKey, target: string, onBytes: (done: number, total: number) => void): Promise<BackupHeader> {
  const { size } = await stat(path);
  const handle = await open(path, 'r');
  let head: Buffer;
  let tag: Buffer;
  try {
    head = Buffer.alloc(Math.min(size, 4096));
    await handle.read(head, 0, head.length, 0);
    tag = Buffer.alloc(TAG_BYTES);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  const text = head.toString('latin1');
  const headerEnd = text.indexOf('\n', MAGIC.length);
  if (!text.startsWith(MAGIC) || headerEnd < 0) throw new BackupFileError(`${path} is not a CRM backup (made by crm backup)`);
  const headerLine = text.slice(MAGIC.length, headerEnd + 1);
  const header = JSON.parse(headerLine) as BackupHeader;
  if (header.masterKeyId !== masterKey.id) {
    throw new BackupFileError(`${path} was made with master key ${header.masterKeyId}, not the configured ${masterKey.id}: set CRM_MASTER_KEY to the key of the backup`);
  }
  const fileKey = masterKey.unwrap(Buffer.from(header.wrappedKey, 'base64'), KEY_AAD);
  const decipher = createDecipheriv('aes-256-gcm', fileKey, Buffer.from(header.iv, 'base64'), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(headerLine));
  decipher.setAuthTag(tag);
  const start = headerEnd + 1;
  const total = size - TAG_BYTES - start;
  let done = 0;
  try {
    await pipeline(
      createReadStream(path, { start, end: size - TAG_BYTES - 1 }),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          done += chunk.length;
          onBytes(done, total);
          yield decipher.update(chunk);
        }
        yield decipher.final();
      },
      createWriteStream(target, { mode: 0o600 }),
    );
  } catch (error) {
    if (error instanceof Error && /auth|decrypt/i.test(error.message)) throw new BackupFileError(`${path} is damaged: it does not decrypt to what was written`);
    throw error;
  }
  return header;
}
