import { describeProblem, describeVerifyReport, verifyLog } from '#crm/compliance';
import { loadSealKey, readSealPublicKey } from '#crm/crypto';
import type { CliCommand } from '../../framework/cli-command.js';
import { optionalFlag } from '../../framework/command-input.js';
import { ProgressBar } from '../../progress/progress-bar.js';
import { withAudit } from './with-audit.js';

/** Thrown after the report is printed, so a tampered log exits 1 and scripts notice. */
class TamperedLogError extends Error {}

export const verifyAuditCommand: CliCommand = {
  path: ['audit', 'verify'],
  summary: 'Walk the event log and the access log: every stream’s hash chain, every item against the signed seals; intact, or every problem.',
  usage: '[--public-key FILE]',
  details: [
    '',
    '  --public-key  check the seals with this public key alone (from `crm audit public-key`,',
    '                kept away from the database); without it, the public half of the seal key',
    '                (CRM_SEAL_KEY, or the development key in CRM_DATA_DIR)',
    '',
    '  Lists the first 100 problems and counts them all. Exit code 0 when intact, 1 otherwise.',
  ],
  options: { 'public-key': { type: 'string' } },
  async run(input, context) {
    const publicKeyFile = optionalFlag(input, 'public-key');
    const publicKey =
      publicKeyFile === undefined
        ? (await loadSealKey(context.config, (line) => context.stderr.write(`${line}\n`))).publicKey
        : await readSealPublicKey(publicKeyFile);
    const report = await withAudit(context.config, async (store, db) => {
      const progress = new ProgressBar({ label: 'Verifying the logs', unit: 'items', stream: context.stderr });
      const verified = await verifyLog(
        { store, db, publicKey },
        {
          onProgress: ({ done, total }) => {
            progress.setTotal(total);
            progress.update(done);
          },
        },
      );
      progress.finish();
      return verified;
    });
    const problems = report.problems.map((problem) => `  ${describeProblem(problem)}`);
    const more = report.problemCount > report.problems.length ? [`  ... and ${report.problemCount - report.problems.length} more`] : [];
    context.result([describeVerifyReport(report), ...problems, ...more].join('\n'), report);
    if (report.status === 'tampered') throw new TamperedLogError(`the log was altered: ${report.problemCount} problem${report.problemCount === 1 ? '' : 's'}`);
  },
};
