import { importKinds } from '#crm/import';
import type { CliCommand } from '../framework/cli-command.js';
import { verifyAuditCommand } from './audit/verify-audit.command.js';
import { importCommand } from './import/import-file.command.js';
import { createKeyCommand } from './keys/create-key.command.js';
import { listKeysCommand } from './keys/list-keys.command.js';
import { revokeKeyCommand } from './keys/revoke-key.command.js';
import { projectionsStatusCommand } from './projections/projections-status.command.js';
import { rebuildProjectionCommands } from './projections/rebuild-projections.command.js';

/** Every `crm` command, in the order help lists them. Add a command here and in its own folder. */
export const COMMANDS: readonly CliCommand[] = [
  createKeyCommand,
  listKeysCommand,
  revokeKeyCommand,
  ...importKinds.map(importCommand),
  verifyAuditCommand,
  projectionsStatusCommand,
  ...rebuildProjectionCommands,
];
