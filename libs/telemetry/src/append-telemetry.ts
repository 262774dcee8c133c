import { Injectable } from '@nestjs/common';
import { WrongExpectedRevisionError } from '@crm/event-store';
import { CrmMetrics } from './crm-metrics.js';

/** Wraps the command pipeline's appends: their latency by outcome, and the conflicts. */
@Injectable()
export class AppendTelemetry {
  constructor(private readonly metrics: CrmMetrics) {}

  async observe<T>(append: () => Promise<T>): Promise<T> {
    const end = this.metrics.appendDuration.startTimer();
    try {
      const result = await append();
      end({ outcome: 'ok' });
      return result;
    } catch (error) {
      const conflict = error instanceof WrongExpectedRevisionError;
      end({ outcome: conflict ? 'conflict' : 'error' });
      if (conflict) this.metrics.appendConflicts.inc();
      throw error;
    }
  }
}
