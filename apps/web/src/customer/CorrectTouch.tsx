import { Loader, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  callOutcomes,
  complaintSeverities,
  correctableFields,
  directions,
  isCurrencyCode,
  minorUnitDigits,
  promotionResponses,
  touchChannels,
  type TouchEventType,
} from '#crm/domain';
import type { HistoryEvent, HistoryPage, TimelineItem } from '../api/types.js';
import { api } from '../api/http.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { AmendTouchDialog } from './touch-amendment.js';
import { numberOrText } from './touch-form.js';

/** The fields offered with a fixed set of values, and the catalog prefix naming each value. */
const choices: Record<string, { values: readonly string[]; prefix: string }> = {
  direction: { values: directions, prefix: 'touch.direction' },
  outcome: { values: callOutcomes, prefix: 'touch.outcome' },
  severity: { values: complaintSeverities, prefix: 'touch.severity' },
  channel: { values: touchChannels, prefix: 'channel' },
  response: { values: promotionResponses, prefix: 'promotionResponse' },
};
const moneyFields = ['amount', 'cost'];
const numberFields = ['score', 'quantity'];
/** A purchase's lines need a form of their own: correcting them stays with the API for now. */
const notShown = ['lines'];

/** A record's whole history: the touch's own event and every correction of it may be on any page. */
async function wholeHistory(customerId: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let after: string | undefined;
  do {
    const page = await api.get<HistoryPage>(`/customers/${customerId}/history`, { after, limit: 200 });
    events.push(...page.events);
    after = page.next ?? undefined;
  } while (after);
  return events;
}

type Personal = { personal?: Record<string, unknown> };

/**
 * The touch's data as it stands now: as recorded, with each later correction applied in order
 * (`corrected.data` carries its plain fields after it, `personal` the new personal ones).
 */
function currentData(events: HistoryEvent[], eventId: string): Record<string, unknown> | null {
  const touch = events.find((event) => event.eventId === eventId);
  if (!touch) return null;
  const data: Record<string, unknown> = { occurredAt: touch.occurredAt, ...touch.data, ...(touch.data as Personal).personal };
  for (const event of events) {
    if (event.type === 'TouchCorrected' && event.data.touchEventId === eventId) {
      Object.assign(data, (event.data.corrected as { data?: Record<string, unknown> } | undefined)?.data, (event.data as Personal).personal);
    }
  }
  return data;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localInstant = (iso: string) => {
  const at = new Date(iso);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
};

/** How a stored value reads in the form: minutes for a duration, major units for money, local time. */
function shownValue(field: string, value: unknown, scale: number): string {
  if (value === null || value === undefined) return '';
  if (field === 'occurredAt') return localInstant(String(value));
  if (field === 'durationSeconds') return String(Number(value) / 60);
  if (moneyFields.includes(field)) return String(Number(value) / scale);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** What the API is sent for a field the user changed; a value that is not a number goes as typed, for the API to name. */
function sentValue(field: string, text: string, scale: number): unknown {
  if (field === 'occurredAt') return text ? new Date(text).toISOString() : text;
  if (field === 'durationSeconds') return numberOrText(text, 60);
  if (moneyFields.includes(field)) return numberOrText(text, scale);
  if (numberFields.includes(field)) return numberOrText(text);
  if (field === 'attendees')
    return text
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
  return text;
}

/**
 * "Correct…" on a timeline entry: the touch's correctable fields, filled with what it says now
 * (its history, corrections applied); only the fields changed are sent (TouchCorrected).
 */
export function CorrectTouch({ pageCustomerId, item }: { pageCustomerId: string; item: TimelineItem }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const history = useQuery({
    queryKey: ['customer', item.customerId, 'history', 'whole'],
    queryFn: () => wholeHistory(item.customerId),
    enabled: opened,
  });
  const fields = Object.keys(correctableFields[item.type as TouchEventType] ?? {}).filter((field) => !notShown.includes(field));
  const data = history.data && !history.isFetching ? currentData(history.data, item.eventId) : null;
  const currency = typeof data?.currency === 'string' && isCurrencyCode(data.currency) ? data.currency : null;
  const scale = currency ? 10 ** minorUnitDigits(currency) : 1;
  const initial = Object.fromEntries(fields.map((field) => [field, shownValue(field, data?.[field], scale)]));
  const value = (field: string) => draft[field] ?? initial[field];
  const body = () =>
    Object.fromEntries(fields.filter((field) => value(field) !== initial[field]).map((field) => [field, sentValue(field, value(field), scale)]));
  const set = (field: string) => (text: string | null) => setDraft((current) => ({ ...current, [field]: text ?? '' }));
  const label = (field: string) => t(`correct.field.${field}` as MessageKey);

  return (
    <AmendTouchDialog
      pageCustomerId={pageCustomerId}
      item={item}
      action="correct"
      amendment="corrected"
      label={t('timeline.correct')}
      title={t('timeline.correctTitle')}
      confirm={t('timeline.correctConfirm')}
      shownFields={fields}
      body={body}
      onOpen={() => {
        // The entry may have been corrected since the last opening (here or elsewhere): read it again.
        if (opened) void history.refetch();
        setOpened(true);
      }}
      onClosed={() => setDraft({})}
    >
      {(errors) => {
        if (history.error) return <ErrorNotice error={history.error} />;
        if (!data) return <Loader size="sm" aria-label={t('app.loading')} />;
        return fields.map((field, index) => {
          const common = { label: label(field), value: value(field), error: errors[field], 'data-autofocus': index === 0 || undefined };
          const choice = choices[field];
          if (choice) {
            return (
              <Select
                key={field}
                {...common}
                data={choice.values.map((option) => ({ value: option, label: t(`${choice.prefix}.${option}` as MessageKey) }))}
                onChange={set(field)}
                allowDeselect={false}
              />
            );
          }
          return (
            <TextInput
              key={field}
              {...common}
              type={field === 'occurredAt' ? 'datetime-local' : undefined}
              step={field === 'occurredAt' ? 1 : undefined}
              inputMode={field === 'durationSeconds' || moneyFields.includes(field) || numberFields.includes(field) ? 'decimal' : undefined}
              onChange={(event) => set(field)(event.currentTarget.value)}
            />
          );
        });
      }}
    </AmendTouchDialog>
  );
}
