import type { CrmConfig } from '#crm/config';
import type { Databases } from './open-databases.js';
import { describePostgresUrl } from './postgres-url.js';

/** Where the data lives, for the start-up lines; never credentials. */
export function describeDatabases(config: Pick<CrmConfig, 'eventStoreUrl' | 'embeddedPostgresPort'>, databases: Databases): string[] {
  const postgres = databases.embedded
    ? `embedded PostgreSQL in ${databases.embedded.clusterDir} (127.0.0.1:${config.embeddedPostgresPort})`
    : `PostgreSQL at ${describePostgresUrl(databases.databaseUrl)}`;
  const eventLog = config.eventStoreUrl ? `KurrentDB at ${describeKurrentUrl(config.eventStoreUrl)}` : 'PostgreSQL (events table)';
  const queries = databases.replica ? [`read-model queries: replica at ${databases.replica.where}`] : [];
  return [`read models: ${postgres}`, ...queries, `event log: ${eventLog}`];
}

function describeKurrentUrl(url: string): string {
  return url.replace(/^[a-z+]+:\/\//, '').replace(/^[^@/]*@/, '').replace(/[?/].*$/, '');
}
