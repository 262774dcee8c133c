import { startTestApp, type TestApp } from '#test/support/app';
import { catalogueRoutes, createSampleRecords, methodOf, ROUTE_CATALOGUE, type SampleIds } from '#test/support/route-catalogue';

/**
 * The OpenAPI document says what the validation does: every documented minimum, maximum, enum or
 * pattern of a request body property or query parameter is sent a value breaking it, and must be
 * refused 400 by the DTO (message "validation failed", the field named), not later by the domain.
 */
type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  pattern?: string;
};
type Parameter = { name: string; in: string; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

/** One documented constraint and a value that breaks it, at a path into the body (`lines[0].quantity`). */
type Violation = { field: string; value: unknown; rule: string };

function violationsOf(schema: Schema): { rule: string; value: unknown }[] {
  const found: { rule: string; value: unknown }[] = [];
  if (schema.minimum !== undefined) found.push({ rule: `minimum ${schema.minimum}`, value: schema.minimum - 1 });
  if (schema.maximum !== undefined) found.push({ rule: `maximum ${schema.maximum}`, value: schema.maximum + 1 });
  if (schema.enum !== undefined) found.push({ rule: 'enum', value: typeof schema.enum[0] === 'number' ? -987654 : 'not-one-of-the-values' });
  if (schema.pattern !== undefined) found.push({ rule: `pattern ${schema.pattern}`, value: '\u0001 matches no pattern \u0001' });
  return found;
}

function walk(document: OpenApi, schema: Schema, path: string, seen: Set<string>): Violation[] {
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    return walk(document, document.components.schemas[schema.$ref.split('/').pop()!], path, new Set([...seen, schema.$ref]));
  }
  if (schema.allOf) return schema.allOf.flatMap((part) => walk(document, part, path, seen));
  const own = path === '' ? [] : violationsOf(schema).map((violation) => ({ field: path, ...violation }));
  if (schema.items) return [...own, ...walk(document, schema.items, `${path}[0]`, seen)];
  const properties = Object.entries(schema.properties ?? {}).flatMap(([name, property]) => walk(document, property, path ? `${path}.${name}` : name, seen));
  return [...own, ...properties];
}

/** `{ a: { b: [ { c: value } ] } }` for `a.b[0].c`. */
function bodyWith(field: string, value: unknown, base: Record<string, unknown>): Record<string, unknown> {
  const keys = field.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '');
  const body: Record<string, unknown> = structuredClone(base);
  let at: Record<string, unknown> | unknown[] = body;
  keys.forEach((key, index) => {
    const last = index === keys.length - 1;
    const next = last ? value : /^\d+$/.test(keys[index + 1]!) ? [] : {};
    (at as Record<string, unknown>)[key] = next;
    at = next as Record<string, unknown>;
  });
  return body;
}

type Case = { route: string; method: string; url: string; body?: Record<string, unknown>; field: string; rule: string };

function casesOf(document: OpenApi, ids: SampleIds): Case[] {
  const cases: Case[] = [];
  for (const route of catalogueRoutes()) {
    const method = methodOf(route);
    const path = route.slice(route.indexOf(' ') + 1);
    const operation = document.paths[path]?.[method.toLowerCase()];
    if (!operation) continue;
    const url = ROUTE_CATALOGUE[route].sample(ids).url.split('?')[0]!;
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in !== 'query' || !parameter.schema) continue;
      for (const { rule, value } of violationsOf(parameter.schema)) {
        cases.push({ route, method, url: `${url}?${parameter.name}=${encodeURIComponent(String(value))}`, field: parameter.name, rule });
      }
    }
    const body = operation.requestBody?.content?.['application/json']?.schema;
    if (!body) continue;
    // A body that is one of several shapes (the touch kinds) is walked per shape, its `type` set.
    const shapes = body.oneOf ?? [body];
    for (const shape of shapes) {
      const resolved = shape.$ref ? document.components.schemas[shape.$ref.split('/').pop()!]! : shape;
      const discriminator = resolved.properties?.type?.enum?.length === 1 && shapes.length > 1 ? { type: resolved.properties.type.enum[0] } : {};
      for (const violation of walk(document, shape, '', new Set())) {
        if (violation.field === 'type' && 'type' in discriminator) continue;
        cases.push({ route, method, url, body: bodyWith(violation.field, violation.value, discriminator), field: violation.field, rule: violation.rule });
      }
    }
  }
  return cases;
}

describe('OpenAPI constraints are the DTOs’ constraints', () => {
  let api: TestApp;
  let cases: Case[];

  beforeAll(async () => {
    api = await startTestApp('e2e_openapi_constraints');
    const ids = await createSampleRecords(api);
    const document = (await api.request({ method: 'GET', url: '/docs-json', role: null })).json() as OpenApi;
    cases = casesOf(document, ids);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('finds the documented constraints (the walk itself is not empty)', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it('refuses every violating value with a 400 from the DTO that names the field', async () => {
    const wrong: string[] = [];
    for (const testCase of cases) {
      const response = await api.request({ method: testCase.method as 'GET', url: testCase.url, payload: testCase.body, role: 'admin' });
      const answer = response.json() as { message?: string; errors?: { field: string }[] };
      const named = answer.errors?.some((error) => error.field === testCase.field) ?? false;
      if (response.statusCode !== 400 || answer.message !== 'validation failed' || !named) {
        wrong.push(`${testCase.route} ${testCase.field} (${testCase.rule}): ${response.statusCode} ${response.body.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
