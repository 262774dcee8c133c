import { sql, type Kysely } from 'kysely';
import { formatPosition } from '#crm/event-store';
import { projectionSchema } from '#crm/projection-runner';
import { lastAppendedPosition } from '#test/support/last-appended-position';

export type Member = { id: string; consents: boolean };
export type Audience = { segmentId: string; members: Member[] };

/** What building an audience takes: an api (in this process, or api processes over HTTP), the read store, and a wait for the projections. */
export interface AudienceApp {
  request(options: { method: 'POST'; url: string; payload: object; role: 'analyst' | 'operator' }): Promise<{ statusCode: number; body: string; json(): any }>;
  projected(position: string): Promise<void>;
  databases: { readDb: Kysely<any> };
}

/** Requests in flight at once: enough to keep PostgreSQL busy, few enough for a shared two-core machine. */
const PARALLEL = 6;

/**
 * A segment of `consenting` people who gave email consent and `refusing` ones who never did,
 * created over HTTP as an operator would, interleaved so refusals fall into every chunk; resolves
 * once the segment projection has them all.
 */
export async function campaignAudience(
  app: AudienceApp,
  { consenting, refusing, country = 'GB' }: { consenting: number; refusing: number; country?: string },
): Promise<Audience> {
  const post = (url: string, payload: object, role: 'analyst' | 'operator' = 'operator') => app.request({ method: 'POST', url, payload, role });
  const segment = await post('/segments', { name: 'Audience', rule: { fact: 'attribute', key: 'country', op: 'eq', value: country } }, 'analyst');
  const total = consenting + refusing;
  // Spread evenly: exactly `refusing` indexes where the running share of refusals steps up.
  const wanted = Array.from({ length: total }, (_, index) => Math.floor(((index + 1) * refusing) / total) === Math.floor((index * refusing) / total));
  const members: Member[] = [];
  let next = 0;
  const createNext = async (): Promise<void> => {
    for (let index = next++; index < wanted.length; index = next++) {
      const created = await post('/customers', { kind: 'person', name: `Member ${index}`, email: `member${index}@example.com`, attributes: { country } });
      if (created.statusCode !== 201) throw new Error(`customer not registered: ${created.statusCode} ${created.body}`);
      const id = created.json().id as string;
      if (wanted[index]) {
        const consent = await post(`/customers/${id}/consents`, { channel: 'email', status: 'given', legalBasis: 'consent', textVersion: 'v1' });
        if (consent.statusCode !== 201) throw new Error(`consent not recorded: ${consent.statusCode} ${consent.body}`);
      }
      members.push({ id, consents: wanted[index] });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, createNext));
  const last = await lastAppendedPosition(app.databases.readDb);
  if (last) await app.projected(formatPosition(last));
  const { rows } = await sql<{ count: string }>`select count(*) from ${sql.table(`${projectionSchema('segments')}.segment_member`)} where segment_id = ${segment.json().id}`.execute(app.databases.readDb);
  if (Number(rows[0].count) !== members.length) throw new Error(`the segment has ${rows[0].count} members, not ${members.length}`);
  return { segmentId: segment.json().id, members };
}
