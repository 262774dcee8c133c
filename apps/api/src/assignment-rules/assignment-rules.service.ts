import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, commandMetadata, handleOptions, writeAnswer, type WriteAnswer, type WriteContext } from '#crm/commands';
import { assignmentRulesDecider, defaultRoutingId, type DefineAssignmentRules } from '#crm/domain';
import { assignmentRules, type AssignmentRulesView } from '#crm/projections';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import type { DefineAssignmentRulesDto } from './assignment-rules.dto.js';

@Injectable()
export class AssignmentRulesService {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly commands: CommandPipeline,
  ) {}

  list(): Promise<AssignmentRulesView> {
    return assignmentRules(this.db);
  }

  async define(dto: DefineAssignmentRulesDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    const rules = dto.rules.map((rule) => ({ ...rule, conditions: rule.conditions.map((condition) => ({ ...condition, key: condition.key ?? null })) }));
    const command: DefineAssignmentRules = { type: 'DefineAssignmentRules', data: { routingId: defaultRoutingId, rules }, metadata: commandMetadata(write) };
    return { id: defaultRoutingId, ...writeAnswer(await this.commands.handle(assignmentRulesDecider, command, handleOptions(write))) };
  }
}
