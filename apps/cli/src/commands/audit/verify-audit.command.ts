import { describeVerifyReport, verifyLog } from '#crm/compliance';
import { openEventStore } from '#crm/event-store';
import type { CliCommand } from '../../framework/cli-command.js';
import { openCliDatabase } from '../../database/open-cli-database.js';
import { ProgressBar } from '../../progress/progress-bar.js';

/** Thrown after the report is printed, so a tampered log exits 1 and scripts notice. */
class TamperedLogError extends Error {}

export const verifyAuditCommand: CliCommand = {
  path: ['audit', 'verify'],
  summary: 'Walk the whole event log and check every stream’s hash chain: intact, or the first event that does not match and why.',
  usage: '',
  details: ['', '  Exit code 0 when intact, 1 when an event does not match (the report says which and why).'],
  async run(_input, context) {
    const database = await openCliDatabase(context.config);
    try {
      const store = await openEventStore({ eventStoreUrl: context.config.eventStoreUrl, databaseUrl: database.url });
      try {
        const progress = new ProgressBar({ label: 'Verifying the log', unit: 'events', stream: context.stderr });
        const report = await verifyLog(store, {
          onProgress: ({ done, total }) => {
            progress.setTotal(total);
            progress.update(done);
          },
        });
        progress.finish();
        context.result(describeVerifyReport(report), report);
        if (report.status === 'tampered') throw new TamperedLogError(`the log was altered: ${report.firstMismatch.reason} at event ${report.firstMismatch.eventId}`);
      } finally {
        await store.close();
      }
    } finally {
      await database.close();
    }
  },
};
