import {
  MAX_LONG_TEXT,
  MAX_TEXT,
  integerProblem,
  oneOfProblem,
  optional,
  positiveNumberProblem,
  textListProblem,
  textProblem,
} from '../../shared/field-checks.js';
import { minorUnitsProblem } from '../../shared/money.js';
import { instantProblem, occurredAtProblem, toInstant } from '../../shared/time.js';
import { normalizedLines } from '../touches/purchase.decide.js';
import type { PurchaseLineInput } from '../touches/touch.commands.js';
import { callOutcomes, complaintSeverities, directions, promotionResponses, touchChannels, type TouchEventType } from '../touches/touch.events.js';

type FieldCheck = (value: unknown, now: Date) => string | null;

const oneOf =
  (allowed: readonly string[]): FieldCheck =>
  (value) =>
    oneOfProblem(value, allowed);
const text =
  (max = MAX_TEXT): FieldCheck =>
  (value) =>
    textProblem(value, max);
const optionalText =
  (max = MAX_TEXT): FieldCheck =>
  (value) =>
    optional(value, (present) => textProblem(present, max));

const occurredAt: FieldCheck = (value, now) => instantProblem(value) ?? occurredAtProblem(value, now);
const common = { occurredAt, channel: oneOf(touchChannels) };

/**
 * What a correction may change, per touch type, and how each new value is checked (as the
 * touch's own command checks it). Identities (order, complaint, task, campaign ids), a
 * purchase's currency and a promotion's channel (which decided the consent rule) are left out:
 * such a touch was a different touch, so it is voided and recorded again. A purchase's amount
 * and lines are checked together once each is well formed (correction.decide.ts).
 */
export const correctableFields: Record<TouchEventType, Record<string, FieldCheck>> = {
  CallLogged: { ...common, direction: oneOf(directions), durationSeconds: (value) => integerProblem(value, { min: 0 }), outcome: oneOf(callOutcomes) },
  VisitRecorded: { ...common, place: text(), attendees: (value) => textListProblem(value), purpose: text(MAX_LONG_TEXT) },
  EmailLogged: { ...common, direction: oneOf(directions), subject: text(500) },
  PurchaseRecorded: {
    ...common,
    amount: (value) => minorUnitsProblem(value, { min: 0 }),
    lines: (value) => (Array.isArray(value) ? null : 'must be a list of { sku, description?, quantity, unitPrice }'),
    cost: (value) => optional(value, (cost) => minorUnitsProblem(cost, { min: 0 })),
  },
  PurchaseCancelled: common,
  ReturnRecorded: common,
  ComplaintFiled: { ...common, category: text(50), severity: oneOf(complaintSeverities), description: text(MAX_LONG_TEXT) },
  ComplaintResolved: { ...common, resolution: text(MAX_LONG_TEXT) },
  SurveyAnswered: { ...common, score: (value) => integerProblem(value, { min: 0, max: 10 }), comment: optionalText(MAX_LONG_TEXT) },
  PromotionSent: { occurredAt },
  PromotionAnswered: { occurredAt, response: oneOf(promotionResponses) },
  ServiceUsed: { ...common, service: text(100), quantity: (value) => positiveNumberProblem(value) },
  NoteAdded: { ...common, text: text(MAX_LONG_TEXT) },
  TaskScheduled: common,
  TaskCompleted: common,
  TaskRescheduled: common,
  LeadCaptured: { occurredAt, interest: optionalText() },
};

/** A checked value in the form the touch's event stores it (trimmed text, UTC instants). */
export function normalizedValue(field: string, value: unknown): unknown {
  if (field === 'occurredAt') return toInstant(value as string);
  if (field === 'lines') return normalizedLines(value as PurchaseLineInput[]);
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item));
  return value ?? null;
}
