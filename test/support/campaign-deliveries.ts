import { expect } from '@jest/globals';
import { sql, type Kysely } from 'kysely';
import { promotionEventId } from '#crm/campaigns';
import type { Member } from '#test/support/campaign-audience';

/** What reading a campaign's deliveries takes: the read store and the api (in this process or over HTTP). */
export interface CampaignReader {
  databases: { readDb: Kysely<any> };
  request(options: { method: 'GET'; url: string; role: 'analyst' }): Promise<{ json(): any }>;
}

export const chunkJobId = (campaignId: string, chunk: number): string => `campaign-chunk.${campaignId}.${chunk}`;

export async function outboxKeys(app: CampaignReader, campaignId: string): Promise<string[]> {
  const { rows } = await sql<{ key: string }>`select key from outbox_message where key like ${`campaign.${campaignId}.%`}`.execute(app.databases.readDb);
  return rows.map((row) => row.key).sort();
}

/**
 * customer id → ids of the PromotionSent events of this campaign in its stream. Read from the
 * events table, not `readAll`: that hides events newer than any transaction still open anywhere on
 * the shared server, and this must see every one.
 */
export async function promotionsOf(app: CampaignReader, campaignId: string): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ stream: string; id: string }>`
    select stream_name as stream, event_id::text as id from events
    where event_type = 'PromotionSent' and data->>'campaignId' = ${campaignId}`.execute(app.databases.readDb);
  const promotions = new Map<string, string[]>();
  for (const { stream, id } of rows) {
    const customerId = stream.replace(/^customer-/, '');
    promotions.set(customerId, [...(promotions.get(customerId) ?? []), id]);
  }
  return promotions;
}

/**
 * The promise of a campaign, however it was interrupted: every consenting member has exactly one
 * PromotionSent of it and one message, the others neither, and its progress says so. `messageKeys`:
 * the key of every message that left, repeats included (the outbox's, unless told otherwise).
 */
export async function expectEachSentOnce(app: CampaignReader, campaignId: string, members: Member[], messageKeys?: string[]): Promise<void> {
  const consenting = members.filter((member) => member.consents).map((member) => member.id).sort();
  const promotions = await promotionsOf(app, campaignId);
  expect([...promotions.entries()].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(consenting.map((id) => [id, [promotionEventId(campaignId, id)]]));
  expect([...(messageKeys ?? (await outboxKeys(app, campaignId)))].sort()).toEqual(consenting.map((id) => `campaign.${campaignId}.${id}`).sort());
  const progress = (await app.request({ method: 'GET', url: `/campaigns/${campaignId}`, role: 'analyst' })).json();
  expect(progress).toMatchObject({ targeted: members.length, sent: consenting.length, skipped: members.length - consenting.length, failed: 0, pending: 0 });
}
