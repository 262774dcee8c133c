import { InvalidAuthInputError, type UserService } from '#crm/auth';
import type { CliCommand } from '../../framework/cli-command.js';
import type { CliContext } from '../../framework/cli-context.js';
import { asUsageOf } from '../../framework/command-input.js';
import { readPasswordFromStdin, withUsers } from './with-users.js';

/** `crm users <verb> STAFF_ID`: one change to one user, then a line saying what was done. */
function userChange(verb: string, summary: string, change: (users: UserService, staffId: string, context: CliContext) => Promise<string>): CliCommand {
  return {
    path: ['users', verb],
    summary,
    usage: 'STAFF_ID',
    positionals: ['STAFF_ID'],
    async run(input, context) {
      const staffId = input.positionals[0]!;
      const done = await withUsers(context, (users) => asUsageOf(InvalidAuthInputError, change(users, staffId, context)));
      context.result(done, { staffId, done });
    },
  };
}

export const disableUserCommand = userChange('disable', 'Refuse a user from now on and end their sessions.', async (users, staffId) => {
  const user = await users.disable(staffId);
  return `Disabled ${user.email}; their sessions are ended.`;
});

export const enableUserCommand = userChange('enable', 'Let a disabled user sign in again.', async (users, staffId) => {
  const user = await users.enable(staffId);
  return `Enabled ${user.email}.`;
});

export const signOutAllCommand = userChange('sign-out-all', 'End every session of a user at once.', async (users, staffId) => {
  const ended = await users.signOutAll(staffId);
  return `Ended ${ended} session(s).`;
});

export const resetPasswordCommand = userChange(
  'reset-password',
  "Set a new password, read from the first line of standard input, and end the user's sessions.",
  async (users, staffId, context) => {
    const user = await users.resetPassword(staffId, await readPasswordFromStdin(context));
    return `New password set for ${user.email}; their sessions are ended.`;
  },
);
