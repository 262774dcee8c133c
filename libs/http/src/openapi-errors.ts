import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, ResponseObject } from '@nestjs/swagger';

/** Every error answer's body, as ErrorResponseFilter writes it. */
export const ERROR_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    message: { type: 'string', example: 'validation failed' },
    errors: {
      type: 'array',
      description: 'On 400: each refused field and why',
      items: { type: 'object', required: ['field', 'reason'], properties: { field: { type: 'string' }, reason: { type: 'string' } } },
    },
    currentRevision: { type: 'string', nullable: true, description: "On 409 after If-Match: the stream's revision now" },
    rule: { type: 'string', description: 'On 409: the business rule the request would break' },
  },
  additionalProperties: true,
} as const;

const ERRORS: Record<number, { description: string; message: string }> = {
  400: { description: 'Bad input: each refused field and the reason; nothing is written', message: 'validation failed' },
  401: { description: 'No API key or session, or one that is unknown, revoked or ended', message: 'missing or invalid API key or session' },
  403: { description: "The caller's role may not use this route, or a cookie write came without this site's Origin", message: 'role analyst may not GET /segments' },
  404: { description: 'No such record, or one the caller may not see', message: 'customer 7d1c1a6e-0b5e-4c43-9a55-2f0e3c6b8d11 does not exist' },
  413: { description: 'The body is larger than the server accepts', message: 'Request body is too large' },
  409: { description: 'A business rule or a concurrent write (If-Match) refused it; nothing is written', message: 'the stream has moved on' },
  415: { description: 'The body is not application/json', message: 'Unsupported Media Type: text/plain' },
  422: { description: 'The Idempotency-Key was used before with another request', message: 'Idempotency-Key reused with a different request' },
  429: { description: 'Too many requests for this key or session (Retry-After says when to retry)', message: 'too many requests for this API key or session; try again later' },
  503: { description: 'A service this route needs (PostgreSQL, the event log, a read model, Redis) is down or not ready', message: 'a read model this route reads is not built yet: is the projector running?' },
};

function errorResponse(status: number, documented?: ResponseObject | ReferenceObject): ResponseObject {
  const { description, message } = ERRORS[status] ?? { description: `HTTP ${status}`, message: `HTTP ${status}` };
  return {
    description: documented && 'description' in documented ? documented.description : description,
    ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } } : {}),
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' }, example: { statusCode: status, message } } },
  };
}

const isParameter = (parameter: ParameterObject | ReferenceObject): parameter is ParameterObject => 'in' in parameter;

/** The error answers an operation can give, from what it takes and how it is guarded. */
function errorStatuses(method: string, operation: OperationObject): number[] {
  const parameters = (operation.parameters ?? []).filter(isParameter);
  const secured = (operation.security ?? []).length > 0;
  const statuses = [503];
  if (secured) statuses.push(401, 403, 429);
  if (operation.requestBody || parameters.some((parameter) => parameter.in !== 'header')) statuses.push(400);
  if (parameters.some((parameter) => parameter.in === 'path')) statuses.push(404);
  if (operation.requestBody) statuses.push(415);
  if (parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'If-Match') || (secured && method !== 'get' && parameters.some((p) => p.in === 'path'))) statuses.push(409);
  if (parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key')) statuses.push(422);
  return statuses;
}

/**
 * Adds to every operation the error answers it can give, each with the ErrorResponse schema and
 * an example, without replacing answers a route documents itself.
 */
export function documentErrors(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ErrorResponse: ERROR_RESPONSE_SCHEMA as never } };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      // A route guarded both by its controller and by itself lists each scheme twice.
      operation.security = [...new Map((operation.security ?? []).map((requirement) => [JSON.stringify(requirement), requirement])).values()];
      for (const status of errorStatuses(method, operation)) operation.responses[String(status)] ??= errorResponse(status);
      // Answers a route documents itself get the body they are sent with.
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response && Number(status) >= 400 && !('content' in response && response.content)) operation.responses[status] = errorResponse(Number(status), response);
      }
      operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  return document;
}
