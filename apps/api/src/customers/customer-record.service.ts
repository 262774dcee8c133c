import { Injectable } from '@nestjs/common';
import {
  batchDecider,
  batchOf,
  CommandPipeline,
  ContactClaims,
  commandMetadata,
  createdId,
  handleOptions,
  lastPosition,
  writeAnswer,
  type WriteAnswer,
  type WriteContext,
} from '#crm/commands';
import { customerDecider, ValidationError, type CustomerCommand, type CustomerRecordCommand } from '#crm/domain';
import { attributePatch, inRequestTerms } from './attribute-patch.js';
import type { AssignOwnerDto } from './dto/assign-owner.dto.js';
import type { ChangeCustomerDto } from './dto/change-customer.dto.js';
import type { ConsentDto } from './dto/consent.dto.js';
import type { RegisterCustomerDto } from './dto/register-customer.dto.js';
import { OrganizationLinks } from './organization-links.js';

/** Where a record came from when the caller does not say: straight through the API. */
const API_SOURCE = 'api';

/** Turns customer requests into domain commands; the rules are the deciders'. */
@Injectable()
export class CustomerRecordService {
  private readonly batches = batchDecider(customerDecider);

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly organizations: OrganizationLinks,
    private readonly claims: ContactClaims,
  ) {}

  async register(dto: RegisterCustomerDto, write: WriteContext): Promise<{ id: string; revision: number | null; position: string | null }> {
    await this.organizations.requireOrganization(dto.organizationId);
    const customerId = createdId(write, 'customer');
    const command: CustomerCommand = {
      type: 'RegisterCustomer',
      data: { ...dto, customerId, source: dto.source ?? API_SOURCE },
      metadata: commandMetadata(write),
    };
    const answer = writeAnswer(await this.pipeline.handle(customerDecider, command, handleOptions(write)));
    // After the registration, so no address ever names a customer that was refused.
    await this.claims.claimAll(customerId, dto, command.metadata);
    return { id: customerId, revision: answer.revision, position: lastPosition(answer) };
  }

  /** Details and attributes change together or not at all. */
  async change(customerId: string, dto: ChangeCustomerDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    const { attributes, ...details } = dto;
    await this.organizations.requireOrganization(details.organizationId);
    const metadata = commandMetadata(write);
    const patch = attributePatch(attributes ?? {});
    // Always sent, even empty: it is what answers 404 for an unknown customer.
    const commands: [CustomerCommand, ...CustomerCommand[]] = [{ type: 'ChangeCustomerDetails', data: { ...details, customerId }, metadata }];
    if (attributes) commands.push({ type: 'ChangeCustomerAttributes', data: { customerId, ...patch }, metadata });
    try {
      const answer = writeAnswer(await this.pipeline.handle(this.batches, batchOf(commands), handleOptions(write)));
      await this.claims.claimAll(customerId, details, metadata);
      return { id: customerId, ...answer };
    } catch (error) {
      throw inRequestTerms(error, patch);
    }
  }

  consent(customerId: string, dto: ConsentDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    const { status, legalBasis, textVersion, ...answer } = dto;
    const data = { ...answer, customerId, source: dto.source ?? API_SOURCE };
    if (status === 'given')
      return this.handle({ type: 'GiveConsent', data: { ...data, legalBasis: legalBasis!, textVersion }, metadata: commandMetadata(write) }, write);
    const onlyWhenGiven = Object.entries({ legalBasis, textVersion }).filter(([, value]) => value !== undefined);
    if (onlyWhenGiven.length > 0) throw new ValidationError(onlyWhenGiven.map(([field]) => ({ field, reason: 'is only for status given' })));
    return this.handle({ type: 'WithdrawConsent', data, metadata: commandMetadata(write) }, write);
  }

  assignOwner(customerId: string, dto: AssignOwnerDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    return this.handle({ type: 'AssignCustomerOwner', data: { customerId, ownerId: dto.ownerId }, metadata: commandMetadata(write) }, write);
  }

  private async handle(command: CustomerRecordCommand, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    return { id: command.data.customerId, ...writeAnswer(await this.pipeline.handle(customerDecider, command, handleOptions(write))) };
  }
}
