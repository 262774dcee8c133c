import type { AuthenticatedRequest } from '../authenticated-request.js';

export const SESSION_COOKIE = 'crm_session';

function header(headers: AuthenticatedRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function sessionTokenOf(headers: AuthenticatedRequest['headers']): string | null {
  for (const part of (header(headers, 'cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length > 0) return value.join('=') || null;
  }
  return null;
}

/** Behind a TLS-terminating proxy the request arrives as http, so the proxy's header counts too. */
function overHttps(request: AuthenticatedRequest & { protocol?: string }): boolean {
  return request.protocol === 'https' || header(request.headers, 'x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * The cookie lasts as long as the session may (the server still enforces the idle timeout);
 * HttpOnly keeps it from scripts, SameSite=Strict from other sites' requests.
 */
export function sessionCookie(request: AuthenticatedRequest, token: string, maxAgeSeconds: number): string {
  const maxAge = Math.max(0, Math.floor(maxAgeSeconds));
  return [`${SESSION_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAge}`, ...(overHttps(request) ? ['Secure'] : [])].join('; ');
}

export function clearedSessionCookie(request: AuthenticatedRequest): string {
  return [`${SESSION_COOKIE}=`, 'Path=/', 'HttpOnly', 'SameSite=Strict', 'Max-Age=0', ...(overHttps(request) ? ['Secure'] : [])].join('; ');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A cookie rides along on requests other sites make, so a write with one must show it came from
 * a page of ours: its Origin (or, without one, its Referer) must be this host. Browsers send
 * Origin on every cross-site POST, so a missing one is refused too.
 */
export function crossSiteWrite(request: AuthenticatedRequest): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const host = header(request.headers, 'x-forwarded-host') ?? header(request.headers, 'host');
  const source = header(request.headers, 'origin') ?? header(request.headers, 'referer');
  if (!host || !source || source === 'null') return true;
  try {
    const from = new URL(source);
    // Parsed with the source's scheme, so `localhost:80` and `http://localhost` agree.
    return from.host !== new URL(`${from.protocol}//${host}`).host;
  } catch {
    return true;
  }
}
