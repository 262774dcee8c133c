import { ApiKeyService, migrateAuth } from '#crm/auth';
import type { CrmConfig } from '#crm/config';
import { openCliDatabase } from '../../database/open-cli-database.js';

/** Key commands may run before the app ever started, so they bring the api_key table up first. */
export async function withApiKeys<T>(config: CrmConfig, work: (keys: ApiKeyService) => Promise<T>): Promise<T> {
  const database = await openCliDatabase(config);
  try {
    await migrateAuth(database.db);
    return await work(new ApiKeyService(database.db));
  } finally {
    await database.close();
  }
}
