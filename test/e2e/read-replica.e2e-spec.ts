/**
 * READ_DATABASE_URL on a real streaming replica the test makes (test/support/replica-pair.ts):
 * the api and the projector write to the primary, read-model queries go to the replica, a read
 * carrying X-Crm-Min-Position sees the write it names, and a replica that stops replaying or stops
 * altogether costs reads nothing but freshness, while /health names it in one line.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { ReplicaPair } from '#test/support/replica-pair';
import { eventually } from '#test/support/eventually';
import { startThreeApps, type ThreeApps } from '#test/support/three-apps';

jest.setTimeout(60_000);

type Answer = { statusCode: number; body: string; json(): any };

/** Requests as the apps' admin, registering customers and reading their timelines. */
function client(apps: () => ThreeApps) {
  const request = (options: { method: 'GET' | 'POST'; url: string; payload?: object; headers?: Record<string, string> }): Promise<Answer> =>
    apps().api.inject({ ...options, headers: { 'x-api-key': apps().key, ...options.headers } });
  return {
    request,
    async register(name: string): Promise<{ id: string; position: string }> {
      const answer = await request({ method: 'POST', url: '/customers', payload: { kind: 'person', name } });
      expect(answer.statusCode).toBe(201);
      return answer.json();
    },
    timeline: (id: string, position?: string) =>
      request({ method: 'GET', url: `/customers/${id}/timeline`, headers: position ? { 'x-crm-min-position': position } : {} }),
  };
}

// Both run on the test's own primary: the shared server's other tests hold its log readers back at times.
describe('read replicas and read-your-writes', () => {
  let pair: ReplicaPair | undefined;

  beforeAll(async () => {
    pair = await ReplicaPair.start();
  });

  // Runs after the inner blocks' afterAll, which close their apps, even when they failed.
  afterAll(async () => {
    await pair?.stop();
  });

  describe('X-Crm-Min-Position without a replica', () => {
    let apps: ThreeApps | undefined;
    const { register, timeline } = client(() => apps!);

    beforeAll(async () => {
      apps = await startThreeApps('consistent_read', { REDIS_URL: 'redis://127.0.0.1:6379' }, { serverUrl: pair!.primaryUrl('postgres') });
    });

    afterAll(async () => {
      await apps?.close();
    });

    it('answers a read that names a write only once the projections have applied it', async () => {
      const ada = await register('Ada Lovelace');

      const read = await timeline(ada.id, ada.position);

      expect(read.json()).toMatchObject({ items: [{ type: 'CustomerRegistered' }] });
      expect((await apps!.api.inject({ method: 'GET', url: '/projections', headers: { 'x-api-key': apps!.key } })).json()[0]).toMatchObject({ readReplica: null });
    });
  });

  describe('read-model queries on a streaming replica (READ_DATABASE_URL)', () => {
    let apps: ThreeApps | undefined;
    let replica: pg.Client | undefined;

    beforeAll(async () => {
      const servers = pair!;
      apps = await startThreeApps(
        'replica',
        (database) => ({
          REDIS_URL: 'redis://127.0.0.1:6379',
          READ_DATABASE_URL: servers.replicaUrl(database.name),
          // Short, so a read the paused replica cannot serve falls back quickly.
          CRM_REPLICA_WAIT_SECONDS: '0.3',
          CRM_EVENT_POOL_SIZE: '3',
          CRM_READ_POOL_SIZE: '3',
          CRM_KEY_POOL_SIZE: '2',
        }),
        { serverUrl: servers.primaryUrl('postgres') },
      );
      replica = new pg.Client({ connectionString: servers.replicaUrl(apps.database.name) });
      await replica.connect();
    });

    afterAll(async () => {
      await replica?.end().catch(() => undefined);
      await apps?.close();
    });

    const { request, register, timeline } = client(() => apps!);

    const health = async () => (await request({ method: 'GET', url: '/health' })).json();
    const projections = async () => (await request({ method: 'GET', url: '/projections' })).json();

    it('answers a read that names a write with that write, from the replica', async () => {
      const ada = await register('Ada Lovelace');

      const read = await timeline(ada.id, ada.position);

      expect(read.statusCode).toBe(200);
      expect(read.json().items.map((item: { type: string }) => item.type)).toEqual(['CustomerRegistered']);
      const { rows } = await replica!.query("select count(*)::int as connections from pg_stat_activity where application_name = 'crm-read-replica'");
      expect(rows[0].connections).toBeGreaterThan(0);
      expect((await health()).replica).toMatchObject({ ok: true, where: expect.stringContaining(`:${pair!.replicaPort}/`), replayPaused: false });
      for (const projection of await projections()) {
        expect(projection.readReplica).toMatchObject({ ok: true, where: expect.stringContaining(`:${pair!.replicaPort}/`), replayLagMs: expect.any(Number) });
      }
    });

    it('refuses a position that is not one, naming the header', async () => {
      const ada = await register('Ada Lovelace');

      const answer = await timeline(ada.id, 'yesterday');

      expect(answer.statusCode).toBe(400);
      expect(answer.json().errors).toEqual([{ field: 'X-Crm-Min-Position', reason: 'must be the position a write answered ("<commit>-<prepare>")' }]);
    });

    it('reads the primary when the replica has not replayed the write in time, while plain reads get its older view', async () => {
      await replica!.query('select pg_wal_replay_pause()');
      const grace = await register('Grace Hopper');

      const consistent = await timeline(grace.id, grace.position);
      const plain = await timeline(grace.id);

      expect(consistent.statusCode).toBe(200);
      expect(plain.statusCode).toBe(404);
      expect((await health()).replica).toMatchObject({ ok: true, replayPaused: true, replayLagBytes: expect.any(Number) });
      expect((await health()).replica.replayLagBytes).toBeGreaterThan(0);
      expect((await projections())[0].readReplica).toMatchObject({ ok: true, replayPaused: true });

      await replica!.query('select pg_wal_replay_resume()');
      await eventually(
        async () => (await timeline(grace.id)).statusCode === 200,
        10_000,
        async () => `the resumed replica never showed the customer: ${JSON.stringify((await health()).replica)}`,
      );
    });

    it('answers a read the replica was running when it stopped from the primary, not with a 500', async () => {
      const grace = await register('Grace Hopper');
      await eventually(
        async () => (await timeline(grace.id)).statusCode === 200,
        10_000,
        () => 'the replica never showed the customer',
      );
      // The primary's exclusive lock replays on the replica: its timeline query waits there until the replica stops.
      const primary = new pg.Client({ connectionString: pair!.primaryUrl(apps!.database.name) });
      await primary.connect();
      try {
        await primary.query('begin');
        await primary.query('lock table proj_timeline.timeline_entry in access exclusive mode');
        await primary.query('select pg_switch_wal()');
        const read = timeline(grace.id);
        const waiting = "select count(*)::int as n from pg_stat_activity where application_name = 'crm-read-replica' and wait_event_type = 'Lock'";
        await eventually(
          async () => (await replica!.query(waiting)).rows[0].n > 0,
          10_000,
          () => 'the read never waited on the replica',
        );
        await replica!.end();
        replica = undefined;
        await pair!.stopReplica();
        await primary.query('rollback');

        const answer = await read;

        expect([answer.statusCode, answer.json().items?.map((item: { type: string }) => item.type)]).toEqual([200, ['CustomerRegistered']]);
      } finally {
        await primary.end();
      }
    });

    // The replica stays stopped from the test before.
    it('keeps answering reads from the primary when the replica is down, and /health says so in one line', async () => {
      const grace = await register('Grace Hopper');

      let report: any;
      await eventually(
        async () => (report = await health()).replica.ok === false,
        10_000,
        () => `the stopped replica was still reported ok: ${JSON.stringify(report)}`,
      );

      expect(report.status).toBe('degraded');
      expect((await projections())[0].readReplica).toMatchObject({ ok: false, reason: report.replica.reason });
      expect(report.replica.reason).toMatch(/^read replica unreachable at 127\.0\.0\.1:\d+\/crm_replica_\w+: connect ECONNREFUSED; reads go to the primary$/);
      expect((await timeline(grace.id)).statusCode).toBe(200);
      const alan = await register('Alan Turing');
      expect((await timeline(alan.id, alan.position)).statusCode).toBe(200);
    });
  });
});
