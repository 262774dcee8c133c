import { Sealer, SEALED_LOGS } from '#crm/compliance';
import { loadSealKey } from '#crm/crypto';
import type { CliCommand } from '../../framework/cli-command.js';
import { ProgressBar } from '../../progress/progress-bar.js';
import { withAudit } from './with-audit.js';

export const sealAuditCommand: CliCommand = {
  path: ['audit', 'seal'],
  summary: 'Seal now: sign the head of the event log and of the access log, covering everything not sealed yet.',
  usage: '',
  details: ['', '  The projector seals on its own too (CRM_SEAL_EVERY_EVENTS, CRM_SEAL_EVERY_SECONDS).'],
  async run(_input, context) {
    const key = await loadSealKey(context.config, (line) => context.stderr.write(`${line}\n`));
    const seals = await withAudit(context.config, async (store, db) => {
      const sealer = new Sealer(db, store, key);
      const progress = new ProgressBar({ label: 'Sealing the logs', unit: 'items', stream: context.stderr });
      let total = 0;
      for (const log of SEALED_LOGS) total += await sealer.unsealed(log);
      progress.setTotal(total);
      let done = 0;
      const made = await sealer.sealAll((seal) => progress.update((done += seal.count)));
      progress.finish();
      return made;
    });
    const lines = seals.map((seal) => `${seal.log} seal ${seal.seq}: ${seal.count} items through ${seal.through}, head ${seal.headHash}`);
    context.result(lines.length === 0 ? `nothing to seal: both logs are sealed to their end (key ${key.id})` : lines.join('\n'), seals);
  },
};
