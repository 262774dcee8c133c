import { UserService, type StaffRegistrar } from '#crm/auth';
import { CommandPipeline, type EventCodec } from '#crm/commands';
import { staffDecider } from '#crm/domain';
import { openEventStore, type EventStore } from '#crm/event-store';
import { migrateReadStore } from '#crm/read-store';
import { randomUUID } from 'node:crypto';
import type { CliContext } from '../../framework/cli-context.js';
import { openCliDatabase, type CliDatabase } from '../../database/open-cli-database.js';
import { openEventCodec } from '../../database/open-event-codec.js';

/** What `crm users create` writes into the log when it registers a staff member: the machine, not a person. */
const CLI_ACTOR = { id: 'cli', role: 'system' } as const;
const DEFAULT_TITLE = 'Staff';

/** The event log and the codec the api writes with, over the command's database; close the store after. */
export async function openWritableLog(context: CliContext, database: CliDatabase): Promise<{ store: EventStore; codec: EventCodec }> {
  const codec = await openEventCodec(context.config, database.db, (line) => context.stderr.write(`${line}\n`));
  const store = await openEventStore({ databaseUrl: database.url, eventStoreUrl: context.config.eventStoreUrl });
  return { store, codec };
}

/**
 * User commands may run before the app ever started, so they bring the auth tables up first. The
 * registrar appends StaffRegistered through the same pipeline and codec the api uses.
 */
export async function withUsers<T>(
  context: CliContext,
  work: (users: UserService, registrar: StaffRegistrar, database: CliDatabase) => Promise<T>,
): Promise<T> {
  const database = await openCliDatabase(context.config);
  try {
    await migrateReadStore(database.db);
    // Only `users create` for a new staff member writes to the log: the codec and the log are opened then.
    const registrar: StaffRegistrar = {
      async register(person) {
        const { store, codec } = await openWritableLog(context, database);
        try {
          const staffId = randomUUID();
          await new CommandPipeline(store, codec).handle(
            staffDecider,
            { type: 'RegisterStaff', data: { ...person, staffId, title: DEFAULT_TITLE }, metadata: { now: new Date(), actor: CLI_ACTOR } },
            { actorName: 'crm users create' },
          );
          return staffId;
        } finally {
          await store.close();
        }
      },
    };
    return await work(new UserService(database.db), registrar, database);
  } finally {
    await database.close();
  }
}

/** The first line of standard input, without its line break. */
export async function readPasswordFromStdin(context: CliContext): Promise<string> {
  if (!context.stdin) throw new Error('--password-stdin: no standard input');
  let text = '';
  for await (const chunk of context.stdin) {
    text += chunk.toString();
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0]!;
}
