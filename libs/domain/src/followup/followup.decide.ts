import type { Decider, DomainEvent } from '../shared/decider.js';
import { RuleViolation } from '../shared/errors.js';
import { customerStreamName } from '../shared/stream-names.js';
import { unknownCommand } from '../shared/unknown-command.js';
import type { CustomerOwnerAssigned } from '../customer/customer.events.js';
import type { FollowUpCommand, ReassignOverdueLead, RecordFollowUpOverdue } from './followup.commands.js';
import type { FollowUpOverdue } from './followup.events.js';
import { evolveFollowUp, initialFollowUpState, type FollowUpState } from './followup.state.js';

/**
 * Overdue only if the deadline has passed and nothing touched the lead after it was captured.
 * Everything else — touched in time, already escalated, superseded by a newer lead, erased, merged into another record —
 * changes nothing, so the job that sends this can run any number of times.
 */
export function decideFollowUpOverdue({ data, metadata }: RecordFollowUpOverdue, state: FollowUpState): FollowUpOverdue[] {
  const lead = state.lead;
  if (state.erased || state.absorbed || !lead || lead.capturedAt !== data.leadCapturedAt || lead.followUps > 0 || lead.overdue) return [];
  if (metadata.now.toISOString() < data.dueAt) throw new RuleViolation('follow-up-not-due', 'the follow-up deadline has not passed yet');
  return [
    {
      type: 'FollowUpOverdue',
      data: {
        customerId: data.customerId,
        leadCapturedAt: lead.capturedAt,
        dueAt: data.dueAt,
        ownerId: state.ownerId,
        escalatedTo: data.escalateTo,
        occurredAt: metadata.now.toISOString(),
      },
    },
  ];
}

/**
 * The overdue lead changes owner, with the cause, unless it was touched, handed to someone else
 * since it went overdue, superseded or erased, or already is `reassignTo`'s: a rerun changes nothing.
 */
export function decideOverdueReassignment({ data, metadata }: ReassignOverdueLead, state: FollowUpState): CustomerOwnerAssigned[] {
  const lead = state.lead;
  if (state.erased || state.absorbed || !lead || lead.capturedAt !== data.leadCapturedAt || lead.followUps > 0 || !lead.overdue || lead.handedOver) return [];
  if (state.ownerId === data.reassignTo) return [];
  if (metadata.now.toISOString() < data.reassignAt) throw new RuleViolation('follow-up-not-due', 'the reassignment deadline has not passed yet');
  return [
    {
      type: 'CustomerOwnerAssigned',
      data: {
        customerId: data.customerId,
        ownerId: data.reassignTo,
        previousOwnerId: state.ownerId,
        cause: { kind: 'follow-up-overdue', leadCapturedAt: lead.capturedAt, reassignAt: data.reassignAt },
      },
    },
  ];
}

/** Runs on the customer's stream beside customerDecider; it folds the same events its own way. */
export const followUpDecider: Decider<FollowUpCommand, DomainEvent, FollowUpState> = {
  streamName: (command) => customerStreamName(command.data.customerId),
  decide: (command, state) => {
    switch (command.type) {
      case 'RecordFollowUpOverdue':
        return decideFollowUpOverdue(command, state);
      case 'ReassignOverdueLead':
        return decideOverdueReassignment(command, state);
      default:
        throw unknownCommand(command);
    }
  },
  evolve: evolveFollowUp,
  initialState: initialFollowUpState,
};
