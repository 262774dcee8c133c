import { InvalidAuthInputError, ROLES, validateApiKeyInput } from '#crm/auth';
import type { CliCommand } from '../../framework/cli-command.js';
import { asUsage, optionalFlag, requiredFlag } from '../../framework/command-input.js';
import { withApiKeys } from './with-api-keys.js';

export const createKeyCommand: CliCommand = {
  path: ['keys', 'create'],
  summary: 'Create an API key and print it, once: only its hash is kept.',
  usage: '--role ROLE --name NAME [--staff STAFF_ID]',
  details: [
    '',
    `  --role    one of ${ROLES.join(', ')}`,
    '  --name    what the key is for, shown in `crm keys list`',
    '  --staff   the staff member the key acts as; omit for a machine key',
  ],
  options: { role: { type: 'string' }, name: { type: 'string' }, staff: { type: 'string' } },
  async run(input, context) {
    const request = asUsage(InvalidAuthInputError, () =>
      validateApiKeyInput({ role: requiredFlag(input, 'role'), name: requiredFlag(input, 'name'), staffId: optionalFlag(input, 'staff') }),
    );
    const created = await withApiKeys(context.config, (keys) => keys.create(request));
    context.result(
      [
        `Created ${created.role} key "${created.name}" (id ${created.id}):`,
        '',
        `  ${created.key}`,
        '',
        'Store it now: it cannot be shown again.',
      ].join('\n'),
      { id: created.id, key: created.key, role: created.role, name: created.name },
    );
  },
};
