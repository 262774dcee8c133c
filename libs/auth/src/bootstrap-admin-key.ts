import type { ApiKeyService } from './api-key.service.js';

/**
 * Creates the first admin key on an empty database and prints it, once. It goes straight to the
 * terminal, not through the logger: logs are kept and shipped, and must never hold a key.
 */
export async function printBootstrapAdminKey(
  keys: Pick<ApiKeyService, 'ensureBootstrapAdminKey'>,
  write: (text: string) => unknown = (text) => process.stdout.write(text),
): Promise<boolean> {
  const created = await keys.ensureBootstrapAdminKey();
  if (!created) return false;
  write(
    [
      '',
      'No API key existed, so an admin key was created. It is shown this once; store it now:',
      '',
      `  ${created.key}`,
      '',
      'Use it as "Authorization: Bearer <key>". More keys: npm run crm -- keys create --help',
      '',
    ].join('\n'),
  );
  return true;
}
