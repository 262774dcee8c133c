import { importKinds } from '#crm/import';
import type { CliCommand } from '../framework/cli-command.js';
import { publicKeyAuditCommand } from './audit/public-key-audit.command.js';
import { sealAuditCommand } from './audit/seal-audit.command.js';
import { backupCommand } from './backup/backup.command.js';
import { restoreCommand } from './backup/restore.command.js';
import { verifyAuditCommand } from './audit/verify-audit.command.js';
import { demoCommand } from './demo/demo.command.js';
import { forecastFitCommand } from './forecast/forecast-fit.command.js';
import { importCommand } from './import/import-file.command.js';
import { createKeyCommand } from './keys/create-key.command.js';
import { listKeysCommand } from './keys/list-keys.command.js';
import { revokeKeyCommand } from './keys/revoke-key.command.js';
import { disableUserCommand, enableUserCommand, resetPasswordCommand, signOutAllCommand } from './users/change-user.commands.js';
import { createUserCommand } from './users/create-user.command.js';
import { listUsersCommand } from './users/list-users.command.js';
import { projectionsStatusCommand } from './projections/projections-status.command.js';
import { rebuildProjectionCommands } from './projections/rebuild-projections.command.js';

/** Every `crm` command, in the order help lists them. Add a command here and in its own folder. */
export const COMMANDS: readonly CliCommand[] = [
  createKeyCommand,
  listKeysCommand,
  revokeKeyCommand,
  createUserCommand,
  listUsersCommand,
  disableUserCommand,
  enableUserCommand,
  resetPasswordCommand,
  signOutAllCommand,
  ...importKinds.map(importCommand),
  verifyAuditCommand,
  sealAuditCommand,
  publicKeyAuditCommand,
  projectionsStatusCommand,
  ...rebuildProjectionCommands,
  forecastFitCommand,
  demoCommand,
  backupCommand,
  restoreCommand,
];
