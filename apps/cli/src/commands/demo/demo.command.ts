import { randomBytes } from 'node:crypto';
import { loadLog } from '#crm/demo';
import type { CliCommand } from '../../framework/cli-command.js';
import { optionalFlag } from '../../framework/command-input.js';
import { UsageError } from '../../framework/usage-error.js';
import { ProgressBar } from '../../progress/progress-bar.js';
import { openWritableLog, readPasswordFromStdin, withUsers } from '../users/with-users.js';

const DEFAULT_CUSTOMERS = 3_000;
const EVENTS_PER_CUSTOMER = 20;

/** Who a newcomer signs in as: one per role, the operator one of the generated sales agents. */
const DEMO_USERS = [
  { role: 'operator', email: 'operator@demo.example', name: null },
  { role: 'analyst', email: 'analyst@demo.example', name: 'Laia Ferrer' },
  { role: 'compliance', email: 'compliance@demo.example', name: 'Pau Soler' },
  { role: 'admin', email: 'admin@demo.example', name: 'Marta Vidal' },
] as const;

function positiveInteger(input: Parameters<CliCommand['run']>[0], name: string, fallback: number): number {
  const text = optionalFlag(input, name);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--${name} must be a whole number above 0, not "${text}"`);
  return Number(text);
}

export const demoCommand: CliCommand = {
  path: ['demo'],
  summary: 'Fill an empty CRM with a generated company: staff, customers with years of touches, deals, segments, campaigns.',
  usage: '[--customers N] [--seed N] [--password-stdin]',
  details: [
    '',
    `  --customers       how many customers (default ${DEFAULT_CUSTOMERS.toLocaleString('en')}), about ${EVENTS_PER_CUSTOMER} events each over two years`,
    '  --seed            the generator\'s seed (default 1): the same seed makes the same company',
    '  --password-stdin  the demo users\' password from the first line of standard input; otherwise one is',
    '                    generated and printed, once',
    '',
    'Every event is decided by the domain\'s deciders, hash-chained and encrypted like the api\'s, and',
    'appended in bulk; the projector builds the read models as it would for any write. Refuses a CRM',
    'whose log is not empty.',
  ],
  options: {
    customers: { type: 'string' },
    seed: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  async run(input, context) {
    const customers = positiveInteger(input, 'customers', DEFAULT_CUSTOMERS);
    const seed = positiveInteger(input, 'seed', 1);
    const fromStdin = input.values['password-stdin'] === true;
    const password = fromStdin ? await readPasswordFromStdin(context) : randomBytes(12).toString('base64url');
    const result = await withUsers(context, async (users, registrar, database) => {
      const { store, codec } = await openWritableLog(context, database);
      try {
        if ((await store.headPosition()) !== null) throw new UsageError('the event log is not empty: the demo fills a new CRM only');
        const total = customers * EVENTS_PER_CUSTOMER;
        const progress = new ProgressBar({ label: 'Generating the demo company', unit: 'events', stream: context.stderr });
        progress.setTotal(total);
        const loaded = await loadLog(store, { seed, customers, events: total, now: new Date(), codec }, (events) => progress.update(events));
        progress.finish();
        const operatorStaff = loaded.generator.staff[4];
        const created = [];
        for (const user of DEMO_USERS) {
          const staffId = user.role === 'operator' ? operatorStaff.id : undefined;
          created.push(await users.create({ email: user.email, name: user.name ?? 'Demo operator', role: user.role, staffId }, registrar, password));
        }
        return { events: loaded.events, customers, users: created.map(({ email, role }) => ({ email, role })) };
      } finally {
        await store.close();
      }
    });
    const lines = [
      `Demo company written: ${result.events.toLocaleString('en')} events, ${customers.toLocaleString('en')} customers. The projector builds the screens from them now.`,
      '',
      ...result.users.map((user) => `  ${user.role.padEnd(10)} ${user.email}`),
      ...(fromStdin ? [] : ['', `  password: ${password}`, '', 'Sign in at http://127.0.0.1:3000/ with any of them.']),
    ];
    context.result(lines.join('\n'), fromStdin ? result : { ...result, password });
  },
};
