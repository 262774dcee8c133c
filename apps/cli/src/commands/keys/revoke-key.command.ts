import type { CliCommand } from '../../framework/cli-command.js';
import { withApiKeys } from './with-api-keys.js';

export const revokeKeyCommand: CliCommand = {
  path: ['keys', 'revoke'],
  summary: 'Revoke an API key: it is refused from the next request on.',
  usage: 'ID',
  positionals: ['ID'],
  async run(input, context) {
    const revoked = await withApiKeys(context.config, (keys) => keys.revoke(input.positionals[0]!));
    context.result(`Revoked ${revoked.role} key "${revoked.name}" (id ${revoked.id}).`, revoked);
  },
};
