import { randomBytes } from 'node:crypto';
import { InvalidAuthInputError, LOCALES, ROLES } from '#crm/auth';
import type { CliCommand } from '../../framework/cli-command.js';
import { asUsageOf, optionalFlag, requiredFlag } from '../../framework/command-input.js';
import { readPasswordFromStdin, withUsers } from './with-users.js';

export const createUserCommand: CliCommand = {
  path: ['users', 'create'],
  summary: 'Give a staff member a sign-in: registers them in the log when new, sets their password.',
  usage: '--email EMAIL --name NAME --role ROLE [--manager STAFF_ID] [--region REGION] [--staff STAFF_ID] [--locale en|es|ca] [--password-stdin]',
  details: [
    '',
    `  --role            one of ${ROLES.join(', ')}`,
    '  --manager         the new staff member\'s manager (a staff id): their team, for CRM_RECORD_ACCESS=team',
    '  --staff           an already registered staff member to give the sign-in to (nothing is appended)',
    `  --locale          the console language, one of ${LOCALES.join(', ')} (default en)`,
    '  --password-stdin  read the password (12 characters or more) from the first line of standard input;',
    '                    without it a random password is generated and printed, once',
  ],
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    manager: { type: 'string' },
    region: { type: 'string' },
    staff: { type: 'string' },
    locale: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  async run(input, context) {
    const user = {
      email: requiredFlag(input, 'email'),
      name: requiredFlag(input, 'name'),
      role: requiredFlag(input, 'role'),
      managerId: optionalFlag(input, 'manager') ?? null,
      region: optionalFlag(input, 'region') ?? null,
      staffId: optionalFlag(input, 'staff'),
      locale: optionalFlag(input, 'locale'),
    };
    const fromStdin = input.values['password-stdin'] === true;
    const password = fromStdin ? await readPasswordFromStdin(context) : randomBytes(15).toString('base64url');
    const created = await withUsers(context, (users, registrar) => asUsageOf(InvalidAuthInputError, users.create(user, registrar, password)));
    const lines = [`Created ${created.role} user ${created.email} for staff member ${created.staffId}.`];
    if (!fromStdin) lines.push('', `  password: ${password}`, '', 'Hand it over now: it cannot be shown again (reset it with `crm users reset-password`).');
    context.result(lines.join('\n'), fromStdin ? created : { ...created, password });
  },
};

