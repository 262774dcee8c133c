import { Ajv, type ValidateFunction } from 'ajv';
import openapiTS, { astToString } from 'openapi-typescript';

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
}

export interface OpenApiOperation {
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; schema?: unknown }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: unknown; example?: unknown }> }>;
}

export const OPERATION_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** `GET /customers/{id}` for each operation. */
export function operations(document: OpenApiDocument): [string, OpenApiOperation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    OPERATION_METHODS.filter((method) => item[method]).map((method) => [`${method.toUpperCase()} ${path}`, item[method]!] as [string, OpenApiOperation]),
  );
}

/** Fastify's `/customers/:id` as OpenAPI writes it. */
export const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/**
 * Every JSON answer an e2e file saw, checked against the document it was served with; the
 * OpenAPI routes themselves (`/docs`, `/docs-json`) are outside it.
 */
export async function answersBreakingContract(api: { answers: { method: string; route: string; status: number; body: unknown; json: boolean }[]; request: (options: { role: null; method: 'GET'; url: string }) => Promise<{ json(): unknown }> }): Promise<string[]> {
  const document = (await api.request({ role: null, method: 'GET', url: '/docs-json' })).json() as OpenApiDocument;
  const contract = new ResponseContract(document);
  // A file that saw nothing would pass without checking anything.
  if (!api.answers.some((answer) => answer.json && !answer.route.startsWith('/docs'))) return ['no JSON answer was recorded'];
  return api.answers
    .filter((answer) => answer.json && !answer.route.startsWith('/docs'))
    .flatMap((answer) => contract.check(`${answer.method} ${openApiPath(answer.route)}`, answer.status, answer.body));
}

/** Generated TypeScript types of the document, as libs/api-client/src/schema.ts holds them. */
export async function generatedClientTypes(document: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: true });
  return `// Generated from libs/api-client/openapi.json by openapi-typescript: do not edit.\n// Regenerate: UPDATE_API_CLIENT=1 npm test -- test/e2e/openapi-contract\n${astToString(ast)}`;
}

/**
 * Validates answers against the document's schemas: each operation's documented answer for the
 * status seen, with the document's components resolvable by their usual `#/components/...` refs.
 */
export class ResponseContract {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    this.ajv.addSchema({ $id: 'openapi', components: rebase(document.components ?? {}) });
  }

  /** Problems with `body` for `operation` answering `status`; none when it matches or nothing is documented. */
  check(operation: string, status: number, body: unknown): string[] {
    const [method, path] = operation.split(' ') as [string, string];
    const documented = this.document.paths[path]?.[method.toLowerCase()]?.responses;
    if (!documented) return [`${operation} is not in the document`];
    const response = documented[String(status)];
    if (!response) return [`${operation} answered ${status}, which it does not document (documented: ${Object.keys(documented).join(', ')})`];
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return [];
    const key = `${operation} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((error) => `${key}: ${error.instancePath || '(body)'} ${error.message}`);
  }
}

/**
 * `#/components/schemas/X` → `openapi#/components/schemas/X`, so refs resolve against the added
 * document; and OpenAPI 3.0's `nullable: true` read as generators read it (openapi-typescript
 * makes it `| null`), for a nested `allOf: [$ref]` too, which JSON Schema alone would refuse null.
 */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema === null || typeof schema !== 'object') return schema;
  if ((schema as { nullable?: unknown }).nullable === true) {
    const { nullable: _nullable, ...rest } = schema as Record<string, unknown>;
    return { anyOf: [{ type: 'null' }, rebase(rest)] };
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `openapi${value}` : rebase(value)]),
  );
}
