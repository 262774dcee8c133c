#!/usr/bin/env node
// Rewrites test/support/test-times.json, the seconds per test file the test sequencer orders a
// clean clone's run by, from the report of a whole run: `jest --json --outputFile=<report>`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportFile = process.argv[2];
if (!reportFile) {
  console.error('usage: node tools/test-times.js <jest --json report>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const times = Object.fromEntries(
  report.testResults
    .map((result) => [relative(root, result.name), Math.round((result.endTime - result.startTime) / 100) / 10])
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeFileSync(join(root, 'test', 'support', 'test-times.json'), `${JSON.stringify(times, null, 1)}\n`);
console.log(`${Object.keys(times).length} files timed`);
