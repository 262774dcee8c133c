import type { CommandMetadata } from '#crm/domain';

/** Jobs write as the system, under a name saying which job: the log shows who decided. */
export function systemMetadata(job: string, now = new Date()): CommandMetadata {
  return { now, actor: { id: `system:${job}`, role: 'system' } };
}
