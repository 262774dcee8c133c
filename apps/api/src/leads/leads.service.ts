import { randomInt, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { CommandPipeline, commandMetadata, handleOptions, webFormActor, writeAnswer, type AppendedEventAnswer, type WriteContext } from '#crm/commands';
import type { WebLeadDto } from './dto/web-lead.dto.js';
import { isBotSubmission } from './honeypot.js';
import { leadCustomerId } from './lead-customer-id.js';
import { webLeadDecider, type CaptureWebLead } from '#crm/domain';

/** Customers and leads from the web form say where they came from. */
export const WEB_FORM_SOURCE = 'web-form';

export type LeadAccepted = { customerId: string } & Omit<AppendedEventAnswer, 'type'>;

@Injectable()
export class LeadsService {
  private readonly logger = new Logger('WebLeads');

  constructor(private readonly pipeline: CommandPipeline) {}

  async capture(dto: WebLeadDto, write: WriteContext): Promise<LeadAccepted> {
    const command = this.commandFor(dto, write);
    if (isBotSubmission(dto)) return this.decoy(command);
    const result = await this.pipeline.handle(webLeadDecider, command, handleOptions(write, { channel: 'web' }));
    const { type: _type, ...lead } = writeAnswer(result).events.at(-1)!;
    return { customerId: command.data.customer.customerId, ...lead };
  }

  private commandFor(dto: WebLeadDto, write: WriteContext): CaptureWebLead {
    const customerId = leadCustomerId(dto.email);
    const source = dto.source ?? WEB_FORM_SOURCE;
    return {
      type: 'CaptureWebLead',
      data: {
        customer: { customerId, kind: 'person', name: dto.name, email: dto.email, phone: dto.phone, source: WEB_FORM_SOURCE },
        lead: { customerId, channel: 'web', form: dto.form, source, interest: dto.interest, utm: dto.utm },
      },
      metadata: commandMetadata(write, webFormActor),
    };
  }

  /**
   * A bot gets what a person would: the decider still judges the body (a malformed email is a 400
   * for both), then an answer shaped like a new customer's first lead. Nothing is appended, and
   * the log line says only that it happened, never what was sent.
   */
  private decoy(command: CaptureWebLead): LeadAccepted {
    webLeadDecider.decide(command, webLeadDecider.initialState);
    this.logger.log('a web lead with the honeypot field filled was ignored');
    return {
      customerId: command.data.customer.customerId,
      eventId: randomUUID(),
      revision: 1,
      position: `${randomInt(1_000, 1_000_000)}-${randomInt(1_000, 1_000_000)}`,
    };
  }
}
