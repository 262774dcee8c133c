import { Injectable } from '@nestjs/common';
import { WrongExpectedRevisionError } from '#crm/event-store';
import { CrmMetrics } from './crm-metrics.js';
import { Tracing } from './tracing.js';

/** Wraps the command pipeline's appends: their latency by outcome, the conflicts, a span in the request's trace. */
@Injectable()
export class AppendTelemetry {
  constructor(
    private readonly metrics: CrmMetrics,
    private readonly tracing: Tracing,
  ) {}

  /** `category` is the stream's kind (customer, opportunity), never its id. */
  observe<T>(category: string, append: () => Promise<T>): Promise<T> {
    return this.tracing.inSpan('event-store append', { 'crm.stream.category': category }, () => this.measure(append));
  }

  private async measure<T>(append: () => Promise<T>): Promise<T> {
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
