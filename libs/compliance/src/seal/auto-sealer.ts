import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CrmConfig } from '#crm/config';
import { Sealer, SEALED_LOGS } from './sealer.js';

/** How often the logs are asked whether a seal is due: a seal lags its threshold by this much at most. */
const CHECK_EVERY_MS = 5_000;

/**
 * Seals each log once CRM_SEAL_EVERY_EVENTS items wait unsealed, or CRM_SEAL_EVERY_SECONDS after
 * its last seal when any wait, in the process running the projections. Several such processes
 * take turns on the sealer's lock; a failed round is logged and tried again at the next check.
 */
@Injectable()
export class AutoSealer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Sealer');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly sealer: Sealer,
    private readonly config: CrmConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sealIfDue(), Math.min(CHECK_EVERY_MS, this.config.sealEverySeconds * 1000));
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One round: seals each log that is due; resolves when done, never rejects. */
  sealIfDue(): Promise<void> {
    this.running ??= this.round()
      .catch((error: unknown) => this.logger.warn(`sealing failed: ${(error as Error)?.message ?? String(error)}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(): Promise<void> {
    for (const log of SEALED_LOGS) {
      const { due } = await this.sealer.due(log, this.config.sealEveryEvents, this.config.sealEverySeconds);
      if (!due) continue;
      for (const seal of await this.sealer.seal(log)) {
        this.logger.log(`${log} sealed through ${seal.through} (seal ${seal.seq}, ${seal.count} items, key ${seal.keyId})`);
      }
    }
  }
}
