import { minorUnitDigits, isCurrencyCode } from '#crm/domain';

/** The touch types the form offers, and the API's `type` each one records. */
export const formTouchTypes = { call: 'call', visit: 'visit', email: 'email', note: 'note', complaint: 'complaint', purchase: 'purchase', task: 'task-scheduled' } as const;
export type FormTouchType = keyof typeof formTouchTypes;

export interface TouchDraft {
  type: FormTouchType;
  summary: string;
  occurredAt: string;
  direction: 'inbound' | 'outbound';
  durationMinutes: string;
  outcome: string;
  place: string;
  attendees: string;
  category: string;
  severity: string;
  orderId: string;
  amount: string;
  currency: string;
  dueAt: string;
}

export const emptyDraft: TouchDraft = {
  type: 'call',
  summary: '',
  occurredAt: '',
  direction: 'outbound',
  durationMinutes: '',
  outcome: 'reached',
  place: '',
  attendees: '',
  category: '',
  severity: 'medium',
  orderId: '',
  amount: '',
  currency: 'EUR',
  dueAt: '',
};

/** The API field the form's "Summary" fills for each type; a call and a purchase have none. */
export const summaryField: Partial<Record<FormTouchType, string>> = {
  visit: 'purpose',
  email: 'subject',
  note: 'text',
  complaint: 'description',
  task: 'title',
};

const instant = (local: string) => (local ? new Date(local).toISOString() : undefined);

/** A number the user typed, or the text itself so the API can say why it is not one. */
export function numberOrText(text: string, scale = 1): number | string {
  const parsed = Number(text.replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(parsed) ? Math.round(parsed * scale) : text;
}

/** The request body; the API validates it and answers each bad field by name. */
export function touchBody(draft: TouchDraft): Record<string, unknown> {
  const body: Record<string, unknown> = { type: formTouchTypes[draft.type] };
  const occurredAt = instant(draft.occurredAt);
  if (occurredAt) body.occurredAt = occurredAt;
  const field = summaryField[draft.type];
  if (field) body[field] = draft.summary;
  switch (draft.type) {
    case 'call':
      return { ...body, direction: draft.direction, durationSeconds: numberOrText(draft.durationMinutes || '0', 60), outcome: draft.outcome };
    case 'email':
      return { ...body, direction: draft.direction };
    case 'visit':
      return { ...body, place: draft.place, attendees: draft.attendees.split(',').map((name) => name.trim()).filter(Boolean) };
    case 'complaint':
      return { ...body, category: draft.category, severity: draft.severity };
    case 'purchase': {
      const scale = isCurrencyCode(draft.currency) ? 10 ** minorUnitDigits(draft.currency) : 1;
      return { ...body, currency: draft.currency, amount: numberOrText(draft.amount, scale), ...(draft.orderId ? { orderId: draft.orderId } : {}) };
    }
    case 'task':
      return { ...body, dueAt: instant(draft.dueAt) ?? '' };
    case 'note':
      return body;
  }
}

/** Where the API's field name for an error shows in the form. */
export function formFieldOf(apiField: string): keyof TouchDraft {
  if (Object.values(summaryField).includes(apiField)) return 'summary';
  const map: Record<string, keyof TouchDraft> = { durationSeconds: 'durationMinutes', type: 'type' };
  return map[apiField] ?? (apiField as keyof TouchDraft);
}
