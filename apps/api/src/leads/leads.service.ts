import { Injectable } from '@nestjs/common';
import { CommandPipeline, commandMetadata, handleOptions, webFormActor, writeAnswer, type AppendedEventAnswer, type WriteContext } from '@crm/commands';
import type { WebLeadDto } from './dto/web-lead.dto.js';
import { leadCustomerId } from './lead-customer-id.js';
import { webLeadDecider } from './web-lead.decider.js';

/** Customers and leads from the web form say where they came from. */
export const WEB_FORM_SOURCE = 'web-form';

export type LeadAccepted = { customerId: string } & Omit<AppendedEventAnswer, 'type'>;

@Injectable()
export class LeadsService {
  constructor(private readonly pipeline: CommandPipeline) {}

  async capture(dto: WebLeadDto, write: WriteContext): Promise<LeadAccepted> {
    const customerId = leadCustomerId(dto.email);
    const source = dto.source ?? WEB_FORM_SOURCE;
    const result = await this.pipeline.handle(
      webLeadDecider,
      {
        type: 'CaptureWebLead',
        data: {
          customer: { customerId, kind: 'person', name: dto.name, email: dto.email, phone: dto.phone, source: WEB_FORM_SOURCE },
          lead: { customerId, channel: 'web', form: dto.form, source, interest: dto.interest, utm: dto.utm },
        },
        metadata: commandMetadata(write, webFormActor),
      },
      handleOptions(write, { channel: 'web' }),
    );
    const { type: _type, ...lead } = writeAnswer(result).events.at(-1)!;
    return { customerId, ...lead };
  }
}
