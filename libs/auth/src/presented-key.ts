import type { AuthenticatedRequest } from './authenticated-request.js';

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The key from `Authorization: Bearer <key>`, else from `X-Api-Key`. */
export function presentedKey(headers: AuthenticatedRequest['headers']): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(single(headers.authorization) ?? '');
  if (bearer) return bearer[1];
  const apiKey = single(headers['x-api-key'])?.trim();
  return apiKey ? apiKey : null;
}
