import type { Kysely } from 'kysely';
import type { SealPublicKey } from '#crm/crypto';
import { formatPosition, type EventStore } from '#crm/event-store';
import { eventRowHash, type AccessLabel, type EventLabel } from '../seal/seal-entry.js';
import type { Seal } from '../seal/seal.js';
import { SealStore } from '../seal/seal.store.js';
import type { AuditDatabase } from '../seal/seal.table.js';
import { accessLog, eventLog, type SealedLog } from '../seal/sealed-logs.js';
import type { ChainMismatch, VerifyProblem } from './chain-mismatch.js';
import { ChainVerifier } from './chain-verifier.js';
import { checkSeals, SealWalk, type SealedItemFinding } from './seal-walk.js';

/** How many problems a report lists; `problemCount` counts them all. */
export const LISTED_PROBLEMS = 100;

export type SealCoverage = {
  /** Seals of this log, and how many of them verify with the public key and follow on. */
  seals: number;
  trusted: number;
  /** The last item of the last trusted seal, and the items read after it (not sealed yet). */
  sealedThrough: string | null;
  unsealed: number;
};

export type VerifyReport = {
  status: 'intact' | 'tampered';
  events: number;
  streams: number;
  accessEntries: number;
  /** The id of the public key the seals were checked with. */
  keyId: string;
  sealed: { events: SealCoverage; access: SealCoverage };
  /** The first LISTED_PROBLEMS problems, in log order within each log. */
  problems: VerifyProblem[];
  problemCount: number;
};

export type VerifyProgress = { done: number; total: number };

export type VerifyOptions = { onProgress?: (progress: VerifyProgress) => void; progressEvery?: number };

export type VerifySources = {
  store: EventStore;
  /** The read-store database: the access log and the seals. */
  db: Kysely<AuditDatabase>;
  /** Seals are checked with this key alone: the private key is never needed to verify. */
  publicKey: SealPublicKey;
};

class Problems {
  readonly listed: VerifyProblem[] = [];
  count = 0;

  add(problem: VerifyProblem): void {
    this.count += 1;
    if (this.listed.length < LISTED_PROBLEMS) this.listed.push(problem);
  }
}

/**
 * Walks the whole event log and the whole access log once, checking every stream's hash chain
 * and every item against the signed seals, and lists everything wrong, not only the first.
 */
export async function verifyLog({ store, db, publicKey }: VerifySources, options: VerifyOptions = {}): Promise<VerifyReport> {
  const every = options.progressEvery ?? 500;
  const events = eventLog(store);
  const access = accessLog(db);
  const total = (await events.countAfter(null, Number.MAX_SAFE_INTEGER)) + (await access.countAfter(null, Number.MAX_SAFE_INTEGER));
  let done = 0;
  const progressed = () => {
    done += 1;
    if (done % every === 0) options.onProgress?.({ done, total: Math.max(total, done) });
  };
  options.onProgress?.({ done: 0, total });

  const problems = new Problems();
  const seals = new SealStore(db);
  const chains = new ChainVerifier();
  const eventSeals = await sealWalk(events, seals, publicKey, problems);
  let unsealedEvents = 0;
  for await (const event of store.readAll()) {
    const chainProblem = chains.check(event);
    if (chainProblem) problems.add(chainProblem);
    const findings = await eventSeals.walk.visit(formatPosition(event.position), eventRowHash(event));
    for (const finding of findings) problems.add(eventFinding(finding, finding.ref === formatPosition(event.position) ? event : undefined));
    if (eventSeals.beyond(formatPosition(event.position))) unsealedEvents += 1;
    progressed();
  }
  for (const finding of await eventSeals.walk.finish()) problems.add(eventFinding(finding));
  for (const problem of eventSeals.walk.sealProblems) problems.add(problem);

  const accessSeals = await sealWalk(access, seals, publicKey, problems);
  let accessEntries = 0;
  let unsealedAccess = 0;
  for (let after: string | null = null; ; ) {
    const page = await access.read(after, 1000);
    for (const entry of page) {
      accessEntries += 1;
      for (const finding of await accessSeals.walk.visit(entry.ref, entry.hash)) problems.add(accessFinding(finding));
      if (accessSeals.beyond(entry.ref)) unsealedAccess += 1;
      progressed();
    }
    if (page.length < 1000) break;
    after = page.at(-1)!.ref;
  }
  for (const finding of await accessSeals.walk.finish()) problems.add(accessFinding(finding));
  for (const problem of accessSeals.walk.sealProblems) problems.add(problem);
  options.onProgress?.({ done, total: done });

  return {
    status: problems.count === 0 ? 'intact' : 'tampered',
    events: chains.events,
    streams: chains.streams,
    accessEntries,
    keyId: publicKey.id,
    sealed: { events: eventSeals.coverage(unsealedEvents), access: accessSeals.coverage(unsealedAccess) },
    problems: problems.listed,
    problemCount: problems.count,
  };
}

async function sealWalk(log: SealedLog, store: SealStore, publicKey: SealPublicKey, problems: Problems) {
  const all = await store.list(log.name);
  const { trusted, problems: sealProblems } = checkSeals(all, publicKey);
  for (const problem of sealProblems) problems.add(problem);
  const last: Seal | undefined = trusted.at(-1);
  return {
    walk: new SealWalk(log, trusted, store),
    beyond: (ref: string) => !last || log.compare(ref, last.through) > 0,
    coverage: (unsealed: number): SealCoverage => ({ seals: all.length, trusted: trusted.length, sealedThrough: last?.through ?? null, unsealed }),
  };
}

function eventFinding(finding: SealedItemFinding, event?: { id: string; streamName: string; revision: bigint; type: string }): ChainMismatch {
  const label = finding.entry?.label as EventLabel | undefined;
  return {
    log: 'events',
    position: finding.ref,
    eventId: event?.id ?? label?.eventId ?? '?',
    streamName: event?.streamName ?? label?.streamName ?? '?',
    revision: event?.revision.toString() ?? label?.revision ?? '?',
    type: event?.type ?? label?.type ?? '?',
    reason: finding.reason,
    seal: finding.seal,
    detail: finding.detail,
  };
}

function accessFinding(finding: SealedItemFinding): VerifyProblem {
  const label = finding.entry?.label as AccessLabel | undefined;
  const named = label ? ` (${label.accessedAt}, actor ${label.actorId}, customer ${label.subjectId})` : '';
  return { log: 'access', entryId: finding.ref, reason: finding.reason, seal: finding.seal, detail: `${finding.detail}${named}` };
}

/** One line for people: what was checked and its state, or how many problems and the first. */
export function describeVerifyReport(report: VerifyReport): string {
  const counts = `${report.events} events, ${report.streams} streams, ${report.accessEntries} access-log entries`;
  const { events, access } = report.sealed;
  const sealed =
    `sealed with key ${report.keyId}: events through ${events.sealedThrough ?? '(none)'} (${events.unsealed} after it not sealed yet), ` +
    `access log through ${access.sealedThrough ?? '(none)'} (${access.unsealed} not sealed yet)`;
  if (report.status === 'intact') return `intact, ${counts}; ${sealed}`;
  return `tampered: ${report.problemCount} problem${report.problemCount === 1 ? '' : 's'} in ${counts}; first: ${describeProblem(report.problems[0]!)}`;
}

export function describeProblem(problem: VerifyProblem): string {
  if ('eventId' in problem) {
    return `${problem.reason} at event ${problem.eventId} (${problem.type}, ${problem.streamName} revision ${problem.revision}, position ${problem.position}): ${problem.detail}`;
  }
  if ('entryId' in problem) return `${problem.reason} at access-log entry ${problem.entryId}: ${problem.detail}`;
  return `${problem.reason} at ${problem.log} seal ${problem.seal}: ${problem.detail}`;
}
