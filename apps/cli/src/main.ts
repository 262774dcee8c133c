import { COMMANDS } from './commands/commands.js';
import { runCli } from './framework/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), COMMANDS, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
