import { applyDecorators } from '@nestjs/common';
import { ApiResponse, type OpenAPIObject } from '@nestjs/swagger';

/** Every error answer's body, as ErrorResponseFilter writes it. */
export const ERROR_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    message: { type: 'string', example: 'validation failed' },
    errors: {
      type: 'array',
      description: 'On 400: each refused field and why; on 404: the field naming a record that does not exist',
      items: { type: 'object', required: ['field', 'reason'], properties: { field: { type: 'string' }, reason: { type: 'string' } } },
    },
    currentRevision: { type: 'string', nullable: true, description: "On 409 after If-Match: the stream's revision now" },
    rule: { type: 'string', description: 'On 409: the business rule the request would break' },
  },
  additionalProperties: true,
} as const;

const ERRORS = {
  400: {
    description:
      'Bad input (a body field, a path or query parameter, or a query parameter the route does not take): each refused field and the reason; nothing is written',
    example: { statusCode: 400, message: 'validation failed', errors: [{ field: 'limit', reason: 'must be a whole number from 1 to 1000' }] },
  },
  401: {
    description: 'No API key or session, or one that is unknown, revoked or ended',
    example: { statusCode: 401, message: 'missing or invalid API key or session' },
  },
  403: {
    description: "The caller's role may not use this route, or a cookie write came without this site's Origin",
    example: { statusCode: 403, message: 'role analyst may not GET /segments' },
  },
  404: {
    description: 'No such record, or one the caller may not see',
    example: { statusCode: 404, message: 'customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist' },
  },
  409: {
    description: 'A business rule or a concurrent write (If-Match) refused it; nothing is written',
    example: { statusCode: 409, message: 'the stream has moved on', currentRevision: '4' },
  },
  410: {
    description: 'It existed, and is gone for good (the person was erased)',
    example: { statusCode: 410, message: 'customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 was erased' },
  },
  413: { description: 'The body is larger than the server accepts', example: { statusCode: 413, message: 'Request body is too large' } },
  415: { description: 'The body is not application/json', example: { statusCode: 415, message: 'Unsupported Media Type: text/plain' } },
  422: {
    description: 'The Idempotency-Key was used before with another request',
    example: { statusCode: 422, message: 'Idempotency-Key reused with a different request' },
  },
  429: {
    description: 'Too many requests for this key or session (Retry-After says when to retry)',
    example: { statusCode: 429, message: 'too many requests for this API key or session; try again later' },
  },
  503: {
    description: 'A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready',
    example: { statusCode: 503, message: 'a read model this route reads is not built yet: is the projector running?' },
  },
} as const;

export type ErrorStatus = keyof typeof ERRORS;

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } };

/**
 * Documents the error answers an operation can give, each with the one ErrorResponse body and an
 * example. List only the statuses the operation can really answer: clients are generated from
 * this, and the contract test fails on an answer the e2e suite sees that is not listed.
 * `descriptions` says more where a route has its own reason (a 503 when Redis is down).
 */
export function ApiErrors(statuses: ErrorStatus[], descriptions: Partial<Record<ErrorStatus, string>> = {}) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status] ?? ERRORS[status].description,
        // Errors are JSON whatever the route produces on success (CSV, NDJSON), so the content is given whole.
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' }, example: ERRORS[status].example } },
        ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
      }),
    ),
  );
}

/** Registers the ErrorResponse schema the error answers refer to, and tidies what Nest's scanner leaves. */
export function documentErrors(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ErrorResponse: ERROR_RESPONSE_SCHEMA as never } };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      // A route guarded both by its controller and by itself lists each scheme twice.
      operation.security = [...new Map((operation.security ?? []).map((requirement) => [JSON.stringify(requirement), requirement])).values()];
      operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  return document;
}
