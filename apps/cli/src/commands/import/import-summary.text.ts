import type { ImportSummary } from '#crm/import';
import { formatDuration } from '../../progress/format-duration.js';

const number = new Intl.NumberFormat('en-US');
const SHOWN_BAD_ROWS = 20;

function byReason(counts: Record<string, number>): string[] {
  return Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, count]) => `    ${number.format(count).padStart(9)}  ${reason}`);
}

/** The end-of-import report for people; --json prints the summary itself, every bad row included. */
export function importSummaryText(summary: ImportSummary): string {
  const skipped = Object.values(summary.skipped).reduce((sum, count) => sum + count, 0);
  const lines = [
    `Imported ${summary.kind} from ${summary.file} in ${formatDuration(summary.durationMs)}:`,
    `  rows read         ${number.format(summary.rowsRead)}`,
    `  events appended   ${number.format(summary.eventsAppended)}`,
    `  already imported  ${number.format(summary.alreadyImported)}`,
    `  rows skipped      ${number.format(skipped)}`,
    ...byReason(summary.skipped),
    `  bad rows          ${number.format(summary.badRows.length)}`,
    ...byReason(summary.badRowsByReason),
  ];
  if (summary.badRows.length > 0) {
    lines.push('', `First bad rows (all of them with --json):`);
    lines.push(...summary.badRows.slice(0, SHOWN_BAD_ROWS).map(({ line, reason }) => `  line ${line}: ${reason}`));
  }
  return lines.join('\n');
}
