import type { ApiKeySummary } from '#crm/auth';
import type { CliCommand } from '../../framework/cli-command.js';
import { withApiKeys } from './with-api-keys.js';

function status(key: ApiKeySummary): string {
  return key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
}

function table(keys: ApiKeySummary[]): string {
  if (keys.length === 0) return 'No API keys yet.';
  const rows = [
    ['ID', 'ROLE', 'NAME', 'STAFF', 'CREATED', 'LAST USED', 'STATUS'],
    ...keys.map((key) => [
      key.id,
      key.role,
      key.name,
      key.staffId ?? '-',
      key.createdAt.toISOString(),
      key.lastUsedAt?.toISOString() ?? 'never',
      status(key),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

export const listKeysCommand: CliCommand = {
  path: ['keys', 'list'],
  summary: 'List API keys (never the keys themselves), revoked ones included.',
  usage: '',
  async run(_input, context) {
    const keys = await withApiKeys(context.config, (service) => service.list());
    context.result(table(keys), keys);
  },
};
