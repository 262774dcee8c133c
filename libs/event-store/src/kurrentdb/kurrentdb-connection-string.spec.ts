import {
  describeEndpoint,
  InvalidConnectionStringError,
  normalizeConnectionString,
  redactCredentials,
  refuseDivergentOptions,
} from './kurrentdb-connection-string.js';

describe('KurrentDB connection string', () => {
  it('names the hosts, with the default port, and never the credentials', () => {
    expect(describeEndpoint('kurrentdb://localhost:2113?tls=false')).toBe('localhost:2113');
    expect(describeEndpoint('kurrentdb://admin:changeit@db.internal?tls=true')).toBe('db.internal:2113');
    expect(describeEndpoint('esdb://admin:changeit@node1:2113,node2:2114/?nodePreference=leader')).toBe(
      'node1:2113,node2:2114',
    );
    expect(describeEndpoint('kurrentdb+discover://cluster.example.com:2113')).toBe('cluster.example.com:2113');
  });

  it('rewrites the deprecated esdb scheme, leaving the rest alone', () => {
    expect(normalizeConnectionString('esdb://localhost:2113?tls=false')).toBe('kurrentdb://localhost:2113?tls=false');
    expect(normalizeConnectionString('esdb+discover://cluster:2113')).toBe('kurrentdb+discover://cluster:2113');
    expect(normalizeConnectionString('kurrentdb://localhost:2113')).toBe('kurrentdb://localhost:2113');
  });

  it('masks the user and password wherever a message quotes them', () => {
    const connectionString = 'kurrentdb://admin:s3cret@localhost:2113?tls=maybe';
    expect(redactCredentials(`Unexpected "admin:s3cret@localhost" near "s3cret"`, connectionString)).toBe(
      'Unexpected "***@localhost" near "***"',
    );
    expect(redactCredentials('Unexpected "maybe"', 'kurrentdb://localhost:2113?tls=maybe')).toBe('Unexpected "maybe"');
  });

  it('refuses what the client’s Node and Rust parsers would read differently', () => {
    expect(() => refuseDivergentOptions('kurrentdb://admin:p%40ss@db:2113')).toThrow(InvalidConnectionStringError);
    expect(() => refuseDivergentOptions('kurrentdb://admin:p%40ss@db:2113')).not.toThrow(/p%40ss|p@ss/);
    expect(() => refuseDivergentOptions('kurrentdb://db:2113?keepAliveInterval=5000')).toThrow(/keepaliveinterval=5000: must be -1/);
    expect(() => refuseDivergentOptions('kurrentdb://db:2113?tls=false&KeepAliveTimeout=0')).toThrow(InvalidConnectionStringError);
    expect(() => refuseDivergentOptions('kurrentdb://admin:changeit@db:2113?keepAliveInterval=-1&keepAliveTimeout=20000')).not.toThrow();
    expect(() => refuseDivergentOptions('kurrentdb://db1:2113,db2:2113?nodePreference=leader')).not.toThrow();
  });
});
