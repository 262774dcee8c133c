import pg from 'pg';
import { APPENDED_CHANNEL } from '#crm/event-store';

/**
 * The customer of the first PromotionSent of a campaign, as soon as it is committed: the moment a
 * fault test strikes. Woken by the event store's append notification and read from the events
 * table itself, because the port's subscription only hands out events older than every
 * transaction open on the server, and on a shared server that can lag long enough for the moment
 * to pass.
 */
export async function firstPromotion(databaseUrl: string, campaignId: string): Promise<{ customerId: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`listen ${APPENDED_CHANNEL}`);
    for (;;) {
      const appended = new Promise((resolve) => client.once('notification', resolve));
      const { rows } = await client.query<{ stream: string }>(
        `select stream_name as stream from events where event_type = 'PromotionSent' and data->>'campaignId' = $1 limit 1`,
        [campaignId],
      );
      if (rows[0]) return { customerId: rows[0].stream.replace(/^customer-/, '') };
      await appended;
    }
  } finally {
    await client.end();
  }
}
