const DEFAULT_PORT = '2113';

/** `esdb://` still works in the client but prints a deprecation warning on every start. */
export function normalizeConnectionString(connectionString: string): string {
  return connectionString.replace(/^esdb(\+discover)?:\/\//i, 'kurrentdb$1://');
}

function splitAuthority(connectionString: string): { userInfo: string; hosts: string } {
  const authority = connectionString.replace(/^[a-z+]+:\/\//i, '').split(/[/?]/, 1)[0];
  const at = authority.lastIndexOf('@');
  return at === -1
    ? { userInfo: '', hosts: authority }
    : { userInfo: authority.slice(0, at), hosts: authority.slice(at + 1) };
}

/** The hosts a connection string points at, as `host:port[,host:port]`: safe to log, never credentials. */
export function describeEndpoint(connectionString: string): string {
  return splitAuthority(connectionString)
    .hosts.split(',')
    .filter((host) => host.length > 0)
    .map((host) => (/:\d+$/.test(host) ? host : `${host}:${DEFAULT_PORT}`))
    .join(',');
}

/** Masks the user:password part wherever it appears in `text` (the client's parse errors quote their input). */
export function redactCredentials(text: string, connectionString: string): string {
  const { userInfo } = splitAuthority(connectionString);
  if (!userInfo) return text;
  const password = userInfo.slice(userInfo.indexOf(':') + 1);
  const secrets = [userInfo, password].filter((secret) => secret.length > 0);
  return secrets.reduce((redacted, secret) => redacted.split(secret).join('***'), text);
}

/** Below this the Rust parser ignores a keep-alive setting (keeping 10 s) while Node applies it. */
const MIN_KEEP_ALIVE_MS = 10_000;

function queryOptions(connectionString: string): Map<string, string> {
  const query = connectionString.split('?').slice(1).join('?');
  const options = new Map<string, string>();
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key) options.set(key.toLowerCase(), value);
  }
  return options;
}

/**
 * The client parses the string twice — in Node for appends and subscriptions, in the Rust bridge
 * for reads — and the two read some values differently without either refusing them. Those are
 * refused here, so one setting means the same on both paths.
 */
export function refuseDivergentOptions(connectionString: string): void {
  // Node decodes %xx in the user and password; the Rust parser sends them still encoded, so the
  // reads would log in with another password than the appends.
  if (splitAuthority(connectionString).userInfo.includes('%')) {
    throw new InvalidConnectionStringError(
      'a percent-encoded user or password is decoded for appends but not for reads; choose credentials that need no encoding',
    );
  }
  for (const key of ['keepaliveinterval', 'keepalivetimeout']) {
    const value = queryOptions(connectionString).get(key);
    if (value === undefined) continue;
    const ms = Number(value);
    if (ms !== -1 && !(Number.isInteger(ms) && ms >= MIN_KEEP_ALIVE_MS)) {
      throw new InvalidConnectionStringError(
        `${key}=${value}: must be -1 (off) or at least ${MIN_KEEP_ALIVE_MS} ms; below that the client's reads ignore it and its appends do not`,
      );
    }
  }
}

export class InvalidConnectionStringError extends Error {
  readonly code = 'INVALID_CONNECTION_STRING';
  constructor(reason: string) {
    super(`connectionString: not a KurrentDB connection string (kurrentdb://[user:password@]host:port[?tls=false]): ${reason}`);
  }
}
