#!/usr/bin/env node
// `crm start` runs the whole CRM in one process; any other `crm <command>` goes to the CLI.
// Both run from the build in dist/; package.json `imports` sends `#crm/<lib>` there.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const starting = process.argv[2] === 'start';
const entry = join(root, starting ? 'dist/apps/crm/src/main.js' : 'dist/apps/cli/src/main.js');

if (!existsSync(entry)) {
  console.error(`crm: ${entry} does not exist; run "npm run build" first`);
  process.exit(1);
}
if (starting) process.argv.splice(2, 1);
await import(pathToFileURL(entry).href);
