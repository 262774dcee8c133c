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

export class InvalidConnectionStringError extends Error {
  readonly code = 'INVALID_CONNECTION_STRING';
  constructor(reason: string) {
    super(`connectionString: not a KurrentDB connection string (kurrentdb://[user:password@]host:port[?tls=false]): ${reason}`);
  }
}
