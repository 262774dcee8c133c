import type { ReadReplica } from '#crm/database';
import type { ReplicaHealth } from './health-report.js';

const CHECK_TIMEOUT_MS = 2000;

/** The replica's replay lag, or why it cannot be asked, in one line naming it: for /health and /projections. */
export async function replicaHealth(replica: ReadReplica): Promise<ReplicaHealth> {
  try {
    return { ok: true, where: replica.where, ...(await withTimeout(replica.lag())) };
  } catch (error) {
    const message = messageOf(error);
    const named = message.startsWith('read replica') ? message : `read replica at ${replica.where}: ${message}`;
    return { ok: false, where: replica.where, reason: `${named}; reads go to the primary` };
  }
}

export function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}
