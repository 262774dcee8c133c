import { Injectable, Logger } from '@nestjs/common';
import { CommandPipeline, ContactClaims, commandMetadata, handleOptions, webFormActor, type WriteContext } from '#crm/commands';
import type { WebLeadDto } from './dto/web-lead.dto.js';
import { isBotSubmission } from './honeypot.js';
import { leadCustomerId } from './lead-customer-id.js';
import { CustomerMergedViolation, RuleViolation, webLeadDecider, type CaptureWebLead } from '#crm/domain';

/** Customers and leads from the web form say where they came from. */
export const WEB_FORM_SOURCE = 'web-form';

/**
 * The id is a hash of the email, known to anyone who knows the address: it tells nothing new. It is
 * the answer even when the lead was attached to a customer who held the address before (see record).
 */
export type LeadAccepted = { customerId: string };

/**
 * Every submission that passes the checks gets the same answer, whether the email was new, known,
 * erased or sent by a bot: anything more (a revision, a position, a 409) would tell a stranger
 * whether someone is a customer.
 */
@Injectable()
export class LeadsService {
  private readonly logger = new Logger('WebLeads');

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly claims: ContactClaims,
  ) {}

  async capture(dto: WebLeadDto, write: WriteContext): Promise<LeadAccepted> {
    const command = this.commandFor(dto, write);
    // Judged as a new customer's whatever the stream holds: a known email would otherwise skip the
    // registration's checks and accept a body a new one gets a 400 for.
    webLeadDecider.decide(command, webLeadDecider.initialState);
    if (isBotSubmission(dto)) this.logger.log('a web lead with the honeypot field filled was ignored');
    else await this.record(command, write);
    return { customerId: command.data.customer.customerId };
  }

  /**
   * The lead goes to the customer who holds the email, whoever registered them (the API, an import,
   * an earlier lead); only an address nobody holds registers the customer the hash names.
   */
  private async record(candidate: CaptureWebLead, write: WriteContext): Promise<void> {
    // If-Match is not honoured here: its 409 would give a stranger the stream's revision.
    const options = handleOptions({ ...write, expectedRevision: undefined }, { channel: 'web' });
    const { customer, lead } = candidate.data;
    const holderId = await this.claims.holderOf(customer, customer.customerId, candidate.metadata);
    const on = (customerId: string): CaptureWebLead => ({ ...candidate, data: { customer: { ...customer, customerId }, lead: { ...lead, customerId } } });
    try {
      await this.pipeline.handle(webLeadDecider, on(holderId), options);
      await this.claims.claimAll(holderId, customer, candidate.metadata);
    } catch (error) {
      // Merges do not chain: the survivor of a merged holder is never merged itself.
      if (error instanceof CustomerMergedViolation) return void (await this.pipeline.handle(webLeadDecider, on(error.survivorId), options));
      if (!(error instanceof RuleViolation && error.rule === 'customer-erased')) throw error;
      this.logger.log('a web lead for an erased customer was not recorded');
    }
  }

  private commandFor(dto: WebLeadDto, write: WriteContext): CaptureWebLead {
    const customerId = leadCustomerId(dto.email);
    const source = dto.source ?? WEB_FORM_SOURCE;
    return {
      type: 'CaptureWebLead',
      data: {
        customer: {
          customerId,
          kind: 'person',
          name: dto.name,
          email: dto.email,
          phone: dto.phone,
          source: WEB_FORM_SOURCE,
          ...(dto.country ? { attributes: { country: dto.country.toUpperCase() } } : {}),
        },
        lead: { customerId, channel: 'web', form: dto.form, source, interest: dto.interest, utm: dto.utm },
      },
      metadata: commandMetadata(write, webFormActor),
    };
  }
}
