import fc from 'fast-check';
import { startTestApp, type TestApp } from '#test/support/app';
import { catalogueRoutes, createSampleRecords, methodOf, ROUTE_CATALOGUE, type CatalogueRoute, type SampleIds } from '#test/support/route-catalogue';

/** Touch types beyond the catalogue's note, each with text fields of its own. */
const touchBodies = [
  { type: 'call', occurredAt: '2026-03-02T10:00:00Z', direction: 'outbound', durationSeconds: 60, outcome: 'reached' },
  { type: 'visit', occurredAt: '2026-03-02T10:00:00Z', place: 'Barcelona store', attendees: ['Ada'], purpose: 'fitting' },
  { type: 'email', occurredAt: '2026-03-02T10:00:00Z', direction: 'inbound', subject: 'Question about my order' },
  { type: 'complaint', occurredAt: '2026-03-02T10:00:00Z', category: 'delivery', severity: 'high', description: 'Arrived late' },
  { type: 'survey', occurredAt: '2026-03-02T10:00:00Z', surveyId: 'nps-q1', score: 9, comment: 'Great' },
  { type: 'task-scheduled', occurredAt: '2026-03-02T10:00:00Z', title: 'Call back', dueAt: '2026-03-05T09:00:00Z' },
  { type: 'lead', occurredAt: '2026-03-02T10:00:00Z', form: 'fair-2026', source: 'fair', interest: 'fleet' },
];

type Target = { route: CatalogueRoute; url: string; body: unknown; path: (string | number)[] };

/** Every path to a string inside a body: `name`, `attendees[0]`, `rule.all[0].value`… */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function replaced(body: unknown, path: (string | number)[], text: string): unknown {
  const copy = JSON.parse(JSON.stringify(body)) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  parent[path.at(-1)!] = text;
  return copy;
}

/** Any Unicode, lone surrogates and NUL included, often around a plausible value. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.tuple(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('\ud800', '\udfff', '\udc00\ud800', '\u0000', '\ufffe', '\u202e', 'a\ud83d'), fc.string({ maxLength: 8 }))
    .map(([before, bad, after]) => `${before}${bad}${after}`),
);

/**
 * Every string field of every write route given arbitrary Unicode: never a 5xx, and a refused
 * request appends nothing. (A lone surrogate was a 500 from PostgreSQL on nine routes.)
 */
describe('arbitrary Unicode in every string field of every write route', () => {
  let api: TestApp;
  let ids: SampleIds;
  const targets: Target[] = [];

  beforeAll(async () => {
    api = await startTestApp('e2e_sec_unicode');
    ids = await createSampleRecords(api);
    // A preview is a read with a body: it answers from the segments read model, which this app
    // runs no projector for (503); its validation is the one POST /segments goes through.
    for (const route of catalogueRoutes().filter((route) => methodOf(route) !== 'GET' && route !== 'POST /segments/preview')) {
      const sample = ROUTE_CATALOGUE[route].sample(ids);
      const bodies = route === 'POST /customers/{id}/touches' ? [sample.body, ...touchBodies] : [sample.body];
      for (const body of bodies) for (const path of stringPaths(body)) targets.push({ route, url: sample.url, body, path });
    }
  });

  afterAll(() => api.close());

  it('covers every write route with a string field', () => {
    expect(new Set(targets.map((target) => target.route)).size).toBeGreaterThanOrEqual(15);
  });

  it('never answers 5xx, and appends nothing when it refuses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), hostile, fc.ipV4(), async (target, text, remoteAddress) => {
        const before = await api.eventCount();
        const response = await api.request({
          method: methodOf(target.route),
          url: target.url,
          role: ROUTE_CATALOGUE[target.route].access === 'public' ? null : 'admin',
          remoteAddress,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(replaced(target.body, target.path, text)),
        });
        const seen = `${target.route} ${target.path.join('.')}=${JSON.stringify(text)}: ${response.statusCode} ${response.body.slice(0, 200)}`;
        if (response.statusCode >= 500) throw new Error(`a 5xx: ${seen}`);
        if (response.statusCode >= 400 && (await api.eventCount()) !== before) throw new Error(`a refused request appended: ${seen}`);
        // a lone surrogate or NUL never reaches storage
        if (/\u0000|[\uD800-\uDFFF]/u.test(text) && response.statusCode < 400) throw new Error(`accepted: ${seen}`);
      }),
      { numRuns: 400 },
    );
  });
});
