import type { CallOutcome, Direction, TouchBase } from '../customer/touches/touch.events.js';
import { UpcastError } from './upcast.errors.js';

/** CallLogged as schema version 1 wrote it: minutes as a number, and the result in the old form's words. */
export type CallLoggedV1Data = TouchBase & {
  direction: Direction;
  durationMinutes: number;
  result: 'answered' | 'voicemail' | 'no-answer' | 'busy' | 'wrong-number';
};

const outcomeOfResult: Record<CallLoggedV1Data['result'], CallOutcome> = {
  answered: 'reached',
  voicemail: 'voicemail',
  'no-answer': 'no-answer',
  busy: 'busy',
  'wrong-number': 'wrong-number',
};

/** v1 → v2: whole seconds instead of minutes, `outcome` in the vocabulary of today's CallLogged. */
export function callLoggedV1ToV2(data: Record<string, unknown>): Record<string, unknown> {
  const { durationMinutes, result, ...rest } = data as CallLoggedV1Data;
  const outcome = Object.hasOwn(outcomeOfResult, result) ? outcomeOfResult[result] : undefined;
  if (outcome === undefined) throw new UpcastError('CallLogged', 1, 'result', 'is not a result version 1 knew');
  if (typeof durationMinutes !== 'number' || !(durationMinutes >= 0)) {
    throw new UpcastError('CallLogged', 1, 'durationMinutes', 'must be a number of minutes, at least 0');
  }
  return { ...rest, durationSeconds: Math.round(durationMinutes * 60), outcome };
}
