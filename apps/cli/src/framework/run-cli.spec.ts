import { describe, expect, it } from '@jest/globals';
import type { CliCommand } from './cli-command.js';
import { requiredFlag } from './command-input.js';
import { runCli } from './run-cli.js';
import { UsageError } from './usage-error.js';

const calls: unknown[] = [];

const greet: CliCommand = {
  path: ['hello', 'greet'],
  summary: 'Greets someone.',
  usage: '--who NAME',
  options: { who: { type: 'string' } },
  async run(input, context) {
    const who = requiredFlag(input, 'who');
    if (who === 'nobody') throw new UsageError('--who must name somebody');
    calls.push(who);
    context.result(`hello ${who}`, { greeted: who });
  },
};

const wave: CliCommand = {
  path: ['hello', 'wave'],
  summary: 'Waves at a person.',
  usage: 'PERSON',
  positionals: ['PERSON'],
  async run(input, context) {
    context.result(`waves at ${input.positionals[0]}`, null);
  },
};

const broken: CliCommand = {
  path: ['broken'],
  summary: 'Always fails.',
  usage: '',
  async run() {
    throw new Error('PostgreSQL unreachable at 127.0.0.1:1: connect ECONNREFUSED\n    at somewhere (file.js:1:1)');
  },
};

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, [greet, wave, broken], {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    env: {},
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('runCli', () => {
  it('runs the command named by the leading words, with its flags', async () => {
    expect(await run('hello', 'greet', '--who', 'Ada')).toEqual({ code: 0, stdout: 'hello Ada\n', stderr: '' });
  });

  it('prints the result as one JSON line with --json', async () => {
    expect(await run('hello', 'greet', '--who=Ada', '--json')).toMatchObject({ code: 0, stdout: '{"greeted":"Ada"}\n' });
  });

  it('prints a command\'s help with --help, without running it', async () => {
    calls.length = 0;
    const result = await run('hello', 'greet', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: crm hello greet --who NAME');
    expect(result.stdout).toContain('--json');
    expect(calls).toEqual([]);
  });

  it('lists every command for crm --help, and on stderr with exit 2 when given nothing', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/crm hello greet\s+Greets someone\./);
    expect(help.stdout).toMatch(/crm broken\s+Always fails\./);
    const nothing = await run();
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Commands:');
  });

  it('lists a group\'s commands for crm <group> --help', async () => {
    const result = await run('hello', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('crm hello wave');
    expect(result.stdout).not.toContain('crm broken');
  });

  it.each([
    [['nope'], 'crm: unknown command "nope" (see \'crm --help\')\n'],
    [['hello'], 'crm hello: needs a subcommand: greet, wave (see \'crm hello --help\')\n'],
    [['hello', 'shout'], 'crm hello: has no subcommand "shout": greet, wave (see \'crm hello --help\')\n'],
    [['hello', 'greet'], 'crm hello greet: --who is required (see \'crm hello greet --help\')\n'],
    [['hello', 'greet', '--who'], 'crm hello greet: Option \'--who <value>\' argument missing (see \'crm hello greet --help\')\n'],
    [['hello', 'greet', '--who', 'x', '--loud'], 'crm hello greet: Unknown option \'--loud\' (see \'crm hello greet --help\')\n'],
    [['hello', 'greet', '--who', 'nobody'], 'crm hello greet: --who must name somebody (see \'crm hello greet --help\')\n'],
    [['hello', 'wave'], 'crm hello wave: missing PERSON (see \'crm hello wave --help\')\n'],
    [['hello', 'wave', 'a', 'b'], 'crm hello wave: unexpected argument "b" (see \'crm hello wave --help\')\n'],
  ])('exits 2 with one line for bad usage: %j', async (args, message) => {
    expect(await run(...args)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('exits 1 with the first line of a failure, never a stack trace', async () => {
    expect(await run('broken')).toEqual({ code: 1, stdout: '', stderr: 'crm broken: PostgreSQL unreachable at 127.0.0.1:1: connect ECONNREFUSED\n' });
  });

  it('exits 1 naming the variable when the configuration is bad', async () => {
    const err: string[] = [];
    const code = await runCli(['hello', 'greet', '--who', 'x'], [greet], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => err.push(text) },
      env: { DATABASE_URL: 'mysql://x' },
    });
    expect(code).toBe(1);
    expect(err.join('')).toBe('crm hello greet: invalid configuration: DATABASE_URL must be a URL starting with postgres:// or postgresql://\n');
  });
});
