import type { Decider, DomainEvent } from '../shared/decider.js';
import { RuleViolation } from '../shared/errors.js';
import { customerStreamName } from '../shared/stream-names.js';
import type { RecordFollowUpOverdue } from './followup.commands.js';
import type { FollowUpOverdue } from './followup.events.js';
import { evolveFollowUp, initialFollowUpState, type FollowUpState } from './followup.state.js';

/**
 * Overdue only if the deadline has passed and nothing touched the lead after it was captured.
 * Everything else — touched in time, already escalated, superseded by a newer lead, erased —
 * changes nothing, so the job that sends this can run any number of times.
 */
export function decideFollowUpOverdue({ data, metadata }: RecordFollowUpOverdue, state: FollowUpState): FollowUpOverdue[] {
  const lead = state.lead;
  if (state.erased || !lead || lead.capturedAt !== data.leadCapturedAt || lead.touched || lead.overdue) return [];
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

/** Runs on the customer's stream beside customerDecider; it folds the same events its own way. */
export const followUpDecider: Decider<RecordFollowUpOverdue, DomainEvent, FollowUpState> = {
  streamName: (command) => customerStreamName(command.data.customerId),
  decide: (command, state) => decideFollowUpOverdue(command, state),
  evolve: evolveFollowUp,
  initialState: initialFollowUpState,
};
