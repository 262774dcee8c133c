import { loadSealKey } from '#crm/crypto';
import type { CliCommand } from '../../framework/cli-command.js';

export const publicKeyAuditCommand: CliCommand = {
  path: ['audit', 'public-key'],
  summary: 'Print the public key that verifies the seals (PEM): keep a copy away from the database, for `crm audit verify --public-key`.',
  usage: '',
  async run(_input, context) {
    const key = await loadSealKey(context.config, (line) => context.stderr.write(`${line}\n`));
    context.result(key.publicKey.pem.trimEnd(), { keyId: key.id, publicKey: key.publicKey.pem });
  },
};
