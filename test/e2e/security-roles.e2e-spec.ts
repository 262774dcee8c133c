import { readFile } from 'node:fs/promises';
import { ROLES, type Role } from '#crm/auth';
import { ProjectionRunner } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { startTestApp, type TestApp } from '#test/support/app';
import {
  catalogueRoutes,
  createSampleRecords,
  documentedTableRows,
  expectedFor,
  expectedTableRows,
  methodOf,
  openApiRoutes,
  renderRoleTable,
  ROUTE_CATALOGUE,
  ROUTES_OUTSIDE_OPENAPI,
  type SampleIds,
} from '#test/support/route-catalogue';

const CALLERS: (Role | null)[] = [null, ...ROLES];
const callerName = (role: Role | null) => role ?? 'no key';

/**
 * Every route × every role × no key gets what docs/roles.md says: allowed (any answer but 401, 403
 * or a 5xx: the sample may be refused for its content, never for who sent it), 401 or 403.
 */
describe('role matrix', () => {
  let api: TestApp;
  let ids: SampleIds;
  let projector: ProjectionRunner;

  beforeAll(async () => {
    api = await startTestApp('e2e_sec_roles');
    // A projector beside the api, as deployed, so the read-model routes have their tables.
    const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
    projector = new ProjectionRunner({ store: api.databases.eventStore, db: api.databases.readDb, projections: allProjections, logger: quiet });
    await projector.start();
    ids = await createSampleRecords(api);
  });

  afterAll(async () => {
    await projector.stop();
    await api.close();
  });

  it('has every route of the OpenAPI document in the catalogue, and no route the app does not serve', async () => {
    const document = (await api.request({ method: 'GET', url: '/docs-json', role: null })).json();
    const served = openApiRoutes(document).sort();
    const catalogued = catalogueRoutes()
      .filter((route) => !ROUTES_OUTSIDE_OPENAPI.includes(route))
      .sort();
    expect({ missingFromCatalogue: served.filter((route) => !catalogued.includes(route as never)) }).toEqual({ missingFromCatalogue: [] });
    expect(catalogued).toEqual(served);
  });

  it('documents exactly the catalogue in docs/roles.md (regenerate with renderRoleTable())', async () => {
    const markdown = await readFile(new URL('../../docs/roles.md', import.meta.url), 'utf8');
    const documented = documentedTableRows(markdown);
    if (JSON.stringify(documented) !== JSON.stringify(expectedTableRows())) {
      // The table to paste, so fixing the docs is a copy, not a chore.
      process.stderr.write(`docs/roles.md route table should read:\n${renderRoleTable()}\n`);
    }
    expect(documented).toEqual(expectedTableRows());
  });

  describe.each(catalogueRoutes())('%s', (route) => {
    it(`answers ${CALLERS.map(callerName).join(', ')} as documented`, async () => {
      const entry = ROUTE_CATALOGUE[route];
      const seen: Record<string, number | string> = {};
      const wanted: Record<string, number | string> = {};
      for (const role of CALLERS) {
        const sample = entry.sample(ids);
        const response = await api.request({
          method: methodOf(route),
          url: sample.url,
          ...(sample.body === undefined ? {} : { payload: sample.body as object }),
          headers: sample.headers,
          role,
        });
        const expected = expectedFor(entry.access, role);
        wanted[callerName(role)] = expected;
        const status = response.statusCode;
        seen[callerName(role)] = expected === 'allowed' && status !== 401 && status !== 403 && status < 500 ? 'allowed' : status;
        if (expected !== 'allowed' && status === expected) {
          expect(response.json()).toMatchObject({ statusCode: expected, message: expect.any(String) });
        }
      }
      expect(seen).toEqual(wanted);
    });
  });
});
