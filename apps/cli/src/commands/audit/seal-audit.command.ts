import { Sealer } from '@crm/compliance';
import { loadSealKey } from '@crm/crypto';
import type { CliCommand } from '../../framework/cli-command.js';
import { withAudit } from './with-audit.js';

export const sealAuditCommand: CliCommand = {
  path: ['audit', 'seal'],
  summary: 'Seal now: sign the head of the event log and of the access log, covering everything not sealed yet.',
  usage: '',
  details: ['', '  The projector seals on its own too (CRM_SEAL_EVERY_EVENTS, CRM_SEAL_EVERY_SECONDS).'],
  async run(_input, context) {
    const key = await loadSealKey(context.config, (line) => context.stderr.write(`${line}\n`));
    const seals = await withAudit(context.config, (store, db) => new Sealer(db, store, key).sealAll());
    const lines = seals.map((seal) => `${seal.log} seal ${seal.seq}: ${seal.count} items through ${seal.through}, head ${seal.headHash}`);
    context.result(lines.length === 0 ? `nothing to seal: both logs are sealed to their end (key ${key.id})` : lines.join('\n'), seals);
  },
};
