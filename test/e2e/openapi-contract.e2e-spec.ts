import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { SECURITY_SCHEMES, type Role } from '#crm/auth';
import { ProjectionRunner } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import { startTestApp, type TestApp } from '#test/support/app';
import { generatedClientTypes, openApiPath, operations, ResponseContract, type OpenApiDocument } from '#test/support/openapi-contract';
import { projectionsCaughtUp } from '#test/support/last-appended-position';
import { catalogueRoutes, createSampleRecords, methodOf, ROUTE_CATALOGUE, ROUTES_OUTSIDE_OPENAPI, type SampleIds } from '#test/support/route-catalogue';

const CLIENT_DOCUMENT = new URL('../../libs/api-client/openapi.json', import.meta.url);
const CLIENT_TYPES = new URL('../../libs/api-client/src/schema.ts', import.meta.url);
const UPDATE = process.env.UPDATE_API_CLIENT === '1';

/** Answers with no body by design. */
const NO_BODY = ['POST /auth/sign-in', 'POST /auth/sign-out', 'DELETE /webhooks/{id}'];

/** Registered on purpose without an operation: the console's server-sent events, an endless stream (docs/console.md). */
const KEPT_OUT = ['GET /customers/{id}/live'];

describe('the OpenAPI document is the contract', () => {
  let api: TestApp;
  let document: OpenApiDocument;
  let ids: SampleIds;
  let projector: ProjectionRunner;

  beforeAll(async () => {
    api = await startTestApp('e2e_openapi');
    const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
    projector = new ProjectionRunner({ store: api.databases.eventStore, db: api.databases.readDb, projections: allProjections, logger: quiet });
    await projector.start();
    document = (await api.request({ role: null, method: 'GET', url: '/docs-json' })).json();
    ids = await createSampleRecords(api);
    await projectionsCaughtUp(projector, api.databases.readDb, allProjections);
  });

  afterAll(async () => {
    await projector?.stop();
    await api?.close();
  });

  it('is a valid OpenAPI 3 document', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('has every route the app registers, and no route it does not', () => {
    const registered = [
      ...new Set(api.routes.filter(({ method }) => method !== 'HEAD' && method !== 'OPTIONS').map(({ method, url }) => `${method} ${openApiPath(url)}`)),
    ]
      .filter((route) => !KEPT_OUT.includes(route))
      .sort();
    const documented = operations(document)
      .map(([operation]) => operation)
      .sort();
    expect({ undocumented: registered.filter((route) => !documented.includes(route)) }).toEqual({ undocumented: [] });
    expect({ notServed: documented.filter((route) => !registered.includes(route)) }).toEqual({ notServed: [] });
  });

  it('declares the security schemes, and requires one on exactly the guarded routes', () => {
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual(Object.values(SECURITY_SCHEMES).sort());
    for (const [operation, described] of operations(document)) {
      const entry = ROUTE_CATALOGUE[operation as keyof typeof ROUTE_CATALOGUE];
      const schemes = (described.security ?? []).flatMap((requirement) => Object.keys(requirement)).sort();
      expect({ operation, schemes }).toEqual({ operation, schemes: entry.access === 'public' ? [] : Object.values(SECURITY_SCHEMES).sort() });
    }
  });

  it('declares every path parameter with a schema', () => {
    for (const [operation, described] of operations(document)) {
      const names = [...operation.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = (described.parameters ?? []).filter((parameter) => parameter.in === 'path' && parameter.schema).map((parameter) => parameter.name);
      expect({ operation, declared: declared.sort() }).toEqual({ operation, declared: names.sort() });
    }
  });

  it('declares the query fields of the read routes', () => {
    const queryOf = (path: string) =>
      (document.paths[path]!.get!.parameters ?? [])
        .filter((p) => p.in === 'query' && p.schema)
        .map((p) => p.name)
        .sort();
    expect(queryOf('/customers')).toEqual(['country', 'cursor', 'externalId', 'id', 'limit', 'organization', 'owner', 'q', 'segment', 'stage']);
    expect(queryOf('/customers/{id}/timeline')).toEqual(['cursor', 'from', 'include', 'limit', 'to', 'type']);
    expect(queryOf('/followups')).toEqual(['ownerId']);
    expect(queryOf('/lifecycle/summary')).toEqual(['format', 'from', 'to', 'validAt']);
    expect(queryOf('/customers/{id}/lifecycle')).toEqual(['validAt']);
    expect(queryOf('/customers/{id}/segments')).toEqual(['validAt']);
    expect(queryOf('/segments/{id}/members')).toEqual(['after', 'limit', 'validAt']);
    expect(queryOf('/analytics/salespeople')).toEqual(['asOf', 'format', 'from', 'to']);
  });

  // Which 4xx an operation answers is checked against what the e2e suite sees: ResponseContract
  // reports an answer whose status the operation does not document.
  it('gives every error answer a schema and an example, every route its 400 and 503, and each guarded route its 401, 403 and 429', () => {
    for (const [operation, described] of operations(document)) {
      const statuses = Object.keys(described.responses);
      // Any route refuses a query parameter it does not take, and any needs PostgreSQL.
      expect({ operation, statuses }).toEqual({ operation, statuses: expect.arrayContaining(['400', '503']) });
      if ((described.security ?? []).length > 0)
        expect({ operation, statuses }).toEqual({ operation, statuses: expect.arrayContaining(['401', '403', '429']) });
      if (/\{\w+\}/.test(operation)) expect({ operation, statuses }).toEqual({ operation, statuses: expect.arrayContaining(['404']) });
      for (const status of statuses.filter((status) => Number(status) >= 400)) {
        const body = described.responses[status]!.content?.['application/json'];
        expect({ operation, status, schema: Boolean(body?.schema), example: Boolean(body?.example) }).toEqual({
          operation,
          status,
          schema: true,
          example: true,
        });
      }
    }
  });

  it('documents a success body for every operation that answers with one', () => {
    const withoutBody = operations(document)
      .filter(([operation]) => !NO_BODY.includes(operation))
      .filter(
        ([, described]) =>
          !Object.entries(described.responses).some(
            ([status, response]) => status.startsWith('2') && response.content && Object.values(response.content).some((media) => media.schema),
          ),
      )
      .map(([operation]) => operation);
    expect(withoutBody).toEqual([]);
  });

  it('answers every route as documented, for each role', async () => {
    const contract = new ResponseContract(document);
    const problems: string[] = [];
    for (const route of catalogueRoutes().filter((route) => !ROUTES_OUTSIDE_OPENAPI.includes(route))) {
      for (const role of ['admin', 'operator', 'analyst', null] as (Role | null)[]) {
        const sample = ROUTE_CATALOGUE[route].sample(ids);
        const response = await api.request({
          method: methodOf(route),
          url: sample.url,
          payload: sample.body as object | undefined,
          headers: sample.headers,
          role,
        });
        const json = (response.headers['content-type'] ?? '').toString().startsWith('application/json');
        problems.push(...contract.check(route, response.statusCode, json ? response.json() : response.body));
      }
    }
    expect(problems).toEqual([]);
  });

  it('is what libs/api-client was generated from, and the generated types are current', async () => {
    const types = await generatedClientTypes(document);
    const committedDocument = `${JSON.stringify(document, null, 2)}\n`;
    if (UPDATE) {
      await writeFile(CLIENT_DOCUMENT, committedDocument);
      await writeFile(CLIENT_TYPES, types);
    }
    // A failure here means the API changed: regenerate with UPDATE_API_CLIENT=1 and commit both files.
    expect(await readFile(CLIENT_DOCUMENT, 'utf8')).toBe(committedDocument);
    expect(await readFile(CLIENT_TYPES, 'utf8')).toBe(types);
  });

  it('compiles the generated client', async () => {
    await expect(promisify(execFile)('npx', ['tsc', '-p', 'libs/api-client/tsconfig.json'])).resolves.toBeDefined();
  }, 120_000);
});
