import type { Insertable, Kysely } from 'kysely';
import { nameBasedUuid } from '#crm/commands';
import type { ReadDatabase } from '#crm/read-store';

export type NotificationRow = Omit<Insertable<ReadDatabase['notification']>, 'id' | 'created_at' | 'read_at'>;

/**
 * Writes the in-app notification whose id the job's `key` derives, once: a job run again (a retry,
 * a restore after Redis lost it) finds it there. True when this call wrote it, which tells a
 * transport that cannot recognise a repeat whether to mail.
 */
export async function notifyOnce(db: Kysely<ReadDatabase>, key: string, row: NotificationRow): Promise<boolean> {
  const inserted = await db
    .insertInto('notification')
    .values({ id: nameBasedUuid(key), ...row })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
