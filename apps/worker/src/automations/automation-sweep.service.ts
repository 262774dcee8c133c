import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { JobName, JobQueue } from '#crm/jobs';
import { automationFiringKey, changeTriggeredAutomations, triggerChanges } from '#crm/projections';
import { orNothingYet, READ_DB, type ReadDatabase } from '#crm/read-store';

/** Changes recorded just before now may not be projected yet: the sweep stays this far behind the clock, as the time sweep does. */
const SETTLE_MS = 60_000;
const SETTLED = ['done', 'held-back', 'skipped', 'failed'] as const;

/**
 * Segment entries and exits, lifecycle transitions and signals are read-model changes (a time
 * sweep moves them too, with no event), so no reactor sees them: every minute this looks for those
 * since each automation became active (signals: those holding now) and queues an AutomationFire
 * for each, under the same key a reactor would use. A change already settled in the ledger is left alone; one queued before is dropped by
 * BullMQ (same job id), and one that Redis lost is queued again by the next sweep.
 */
@Injectable()
export class AutomationSweepService {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly queue: JobQueue,
  ) {}

  async sweep(asOf = new Date(Date.now() - SETTLE_MS)): Promise<{ queued: number }> {
    let queued = 0;
    // A worker may start before the projector has built the automations' tables: nothing to sweep yet.
    for (const { automationId, definition, activeSince } of await orNothingYet(changeTriggeredAutomations(this.db), [])) {
      if (activeSince >= asOf) continue;
      const changes = await triggerChanges(this.db, definition.trigger, activeSince, asOf);
      const jobs = changes.map((change) => ({ change, payload: { automationId, triggerEventId: change.triggerId, customerId: change.customerId } }));
      const settled = await this.settled(jobs.map(({ payload }) => automationFiringKey(payload)));
      for (const { change, payload } of jobs) {
        const key = automationFiringKey(payload);
        if (settled.has(key)) continue;
        await this.queue.add(JobName.AutomationFire, payload, { jobId: key, runAt: new Date(change.at.getTime() + definition.delayMinutes * 60_000) });
        queued++;
      }
    }
    return { queued };
  }

  private async settled(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.db.selectFrom('automation_action').select('key').where('key', 'in', keys).where('status', 'in', SETTLED).execute();
    return new Set(rows.map((row) => row.key));
  }
}
