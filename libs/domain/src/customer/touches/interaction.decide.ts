import { MAX_LONG_TEXT, integerProblem, oneOfProblem, positiveNumberProblem, textListProblem, textProblem } from '../../shared/field-checks.js';
import type { CustomerState } from '../customer.state.js';
import { acceptTouch } from './touch.checks.js';
import type { AddNote, LogCall, LogEmail, RecordServiceUse, RecordVisit } from './touch.commands.js';
import {
  callOutcomes,
  directions,
  type CallLogged,
  type EmailLogged,
  type NoteAdded,
  type ServiceUsed,
  type VisitRecorded,
} from './touch.events.js';

export function logCall({ data, metadata }: LogCall, state: CustomerState): CallLogged[] {
  const { base } = acceptTouch(data, metadata.now, state, [
    ['direction', oneOfProblem(data.direction, directions)],
    ['durationSeconds', integerProblem(data.durationSeconds, { min: 0 })],
    ['outcome', oneOfProblem(data.outcome, callOutcomes)],
  ]);
  const { direction, durationSeconds, outcome } = data;
  return [{ type: 'CallLogged', data: { ...base, direction, durationSeconds, outcome } }];
}

export function recordVisit({ data, metadata }: RecordVisit, state: CustomerState): VisitRecorded[] {
  const { base } = acceptTouch(data, metadata.now, state, [
    ['place', textProblem(data.place)],
    ['attendees', textListProblem(data.attendees)],
    ['purpose', textProblem(data.purpose, MAX_LONG_TEXT)],
  ]);
  const personal = { place: data.place.trim(), attendees: data.attendees.map((name) => name.trim()), purpose: data.purpose.trim() };
  return [{ type: 'VisitRecorded', data: { ...base, personal } }];
}

export function logEmail({ data, metadata }: LogEmail, state: CustomerState): EmailLogged[] {
  const { base } = acceptTouch(data, metadata.now, state, [
    ['direction', oneOfProblem(data.direction, directions)],
    ['subject', textProblem(data.subject, 500)],
  ]);
  return [{ type: 'EmailLogged', data: { ...base, direction: data.direction, personal: { subject: data.subject.trim() } } }];
}

export function addNote({ data, metadata }: AddNote, state: CustomerState): NoteAdded[] {
  const { base } = acceptTouch(data, metadata.now, state, [['text', textProblem(data.text, MAX_LONG_TEXT)]]);
  return [{ type: 'NoteAdded', data: { ...base, personal: { text: data.text.trim() } } }];
}

export function recordServiceUse({ data, metadata }: RecordServiceUse, state: CustomerState): ServiceUsed[] {
  const { base } = acceptTouch(data, metadata.now, state, [
    ['service', textProblem(data.service, 100)],
    ['quantity', positiveNumberProblem(data.quantity)],
  ]);
  return [{ type: 'ServiceUsed', data: { ...base, service: data.service.trim(), quantity: data.quantity } }];
}
