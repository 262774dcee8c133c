import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchReport } from './report.js';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/**
 * Rewrites only the generated block of RESULTS.md, so the analysis written by hand around it
 * (where the time goes, what was missed and why) survives the next run.
 */
export function writeResultsMarkdown(path: string, report: BenchReport, printed: string): void {
  const { machine } = report;
  const block = [
    START,
    `Run: \`npm run bench -- --size ${report.size}\` on ${report.date}.`,
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB memory, Node ${machine.node}, PostgreSQL ${machine.postgres} on 127.0.0.1; load average ${machine.loadAverage} when the run began.`,
    '',
    printed,
    '',
    ...report.cases.filter((outcome) => outcome.error).map((outcome) => `- Case ${outcome.id} failed in this run: ${outcome.error}`),
    END,
  ].join('\n');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmark results\n\n${START}\n${END}\n`;
  const at = previous.indexOf(START);
  const end = previous.indexOf(END);
  const next = at >= 0 && end > at ? previous.slice(0, at) + block + previous.slice(end + END.length) : `${previous}\n${block}\n`;
  writeFileSync(path, next);
}
