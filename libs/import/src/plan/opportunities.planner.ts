import {
  opportunityStages,
  opportunityStreamName,
  type ChangeOpportunityStage,
  type LoseOpportunity,
  type OpenOpportunity,
  type OpportunityStage,
  type OpportunityState,
  type WinOpportunity,
} from '#crm/domain';
import { RowProblem } from '../import.errors.js';
import type { CompiledSection } from '../mapping/compile-mapping.js';
import type { StreamView } from '../streams/stream-view.js';
import type { PlannedCommand } from './planned-command.js';
import { instant, minorUnits, requiredText, rowProblemOf, text } from './read-cells.js';
import { importedCustomer } from './customer.plan.js';
import type { PlannerContext, RowPlanner } from './row-planner.js';

const CLOSED = ['won', 'lost'] as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const NO_REASON = 'no reason given in the imported data';

const isOpen = (stage: string): stage is OpportunityStage => (opportunityStages as readonly string[]).includes(stage);
const stateOf = (view: StreamView) => view.state as OpportunityState;

/**
 * A file of deals, one row each, as it stands at export time: opened (at its open date, in its
 * stage — a won or lost deal in 'engaging'), moved to its current stage if it changed since an
 * earlier import, then won with its close amount or lost, at its close date.
 */
export function opportunitiesPlanner({ mapping, metadata }: PlannerContext, section: CompiledSection): RowPlanner {
  const fields = section.fields;
  return {
    keyOf: () => null,
    customersOf: ({ rows: [row] }) => importedCustomer(undefined, text(fields.customer, row!.values), row!.values),
    plan({ rows: [row] }, report) {
      const { line, values } = row!;
      try {
        const key = requiredText(fields.key!, values);
        const customerKey = text(fields.customer, values);
        if (customerKey === undefined) {
          if (section.whenCustomerMissing) report.skip(section.whenCustomerMissing, 1);
          else report.bad(line, `${fields.customer!.label} is empty`);
          return [];
        }
        const stage = requiredText(fields.stage!, values).toLowerCase();
        if (!isOpen(stage) && !(CLOSED as readonly string[]).includes(stage)) {
          throw new RowProblem(`${fields.stage!.label} must be one of ${[...opportunityStages, ...CLOSED].join(', ')}`);
        }
        const opportunityId = mapping.ids.opportunity(key);
        const openedAt = instant(fields.openedAt, values, mapping);
        const product = text(fields.product, values);
        const open: OpenOpportunity = {
          type: 'OpenOpportunity',
          metadata,
          data: {
            opportunityId,
            customerId: mapping.ids.customer(customerKey),
            ownerId: mapping.ids.staff(requiredText(fields.owner!, values)),
            interest: requiredText(fields.interest!, values),
            expectedAmount: { amount: minorUnits(fields.expectedAmount!, values, mapping.currency), currency: mapping.currency },
            stage: isOpen(stage) ? stage : 'engaging',
            occurredAt: openedAt,
            ...(product === undefined ? {} : { product }),
          },
        };
        const planned = { aggregate: 'opportunity' as const, streamName: opportunityStreamName(opportunityId), lines: [line] };
        const commands: PlannedCommand[] = [
          { ...planned, seed: `opportunity:${key}:opened`, build: (view) => (stateOf(view).status === 'unknown' ? open : null) },
        ];
        if (isOpen(stage)) {
          const move: ChangeOpportunityStage = { type: 'ChangeOpportunityStage', metadata, data: { opportunityId, stage, occurredAt: openedAt } };
          commands.push({ ...planned, seed: `opportunity:${key}:stage:${stage}`, build: (view) => (stateOf(view).status === 'open' ? move : null) });
          return commands;
        }
        const closedAt = instant(fields.closedAt, values, mapping);
        if (closedAt === undefined) throw new RowProblem(`${fields.closedAt?.label ?? 'closedAt'} is empty for a ${stage} deal`);
        // A date without a time is kept as the day it is, so no report's time zone moves it to another.
        const closedText = text(fields.closedAt, values)!;
        const closing = { opportunityId, occurredAt: closedAt, ...(DATE_ONLY.test(closedText) ? { closedOn: closedText } : {}) };
        const close: WinOpportunity | LoseOpportunity =
          stage === 'won'
            ? { type: 'WinOpportunity', metadata, data: { ...closing, amount: minorUnits(fields.closeAmount!, values, mapping.currency), currency: mapping.currency } }
            : { type: 'LoseOpportunity', metadata, data: { ...closing, reason: text(fields.lostReason, values) ?? NO_REASON } };
        commands.push({ ...planned, seed: `opportunity:${key}:${stage}`, build: (view) => (stateOf(view).status === 'open' ? close : null) });
        return commands;
      } catch (error) {
        report.bad(line, rowProblemOf(error));
        return [];
      }
    },
  };
}
