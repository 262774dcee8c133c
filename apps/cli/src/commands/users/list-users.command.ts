import type { UserSummary } from '#crm/auth';
import type { CliCommand } from '../../framework/cli-command.js';
import { textTable } from '../../framework/text-table.js';
import { withUsers } from './with-users.js';

function table(users: UserSummary[]): string {
  if (users.length === 0) return 'No users yet.';
  return textTable([
    ['STAFF ID', 'EMAIL', 'NAME', 'ROLE', 'LOCALE', 'PASSWORD', 'STATUS'],
    ...users.map((user) => [
      user.staffId,
      user.email,
      user.name,
      user.role,
      user.locale,
      user.hasPassword ? 'set' : 'none',
      user.disabledAt ? `disabled ${user.disabledAt.toISOString()}` : 'active',
    ]),
  ]);
}

export const listUsersCommand: CliCommand = {
  path: ['users', 'list'],
  summary: 'List users (never passwords), disabled ones included.',
  usage: '',
  async run(_input, context) {
    const users = await withUsers(context, (service) => service.list());
    context.result(table(users), users);
  },
};
