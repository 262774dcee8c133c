import { Button, Card, Group, Slider, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { useHistory } from './customer-queries.js';

/** `datetime-local` speaks local wall time; the URL and the API speak UTC instants. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

/**
 * "View as of": a date and time, or a slider over the moments the customer's history was
 * recorded. Either one writes `asOf` into the URL, so a point in time can be shared and gone back
 * from with the browser's back button.
 */
export function TimeTravel({ customerId, asOf }: { customerId: string; asOf?: string }) {
  const { t, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const history = useHistory(customerId, true);
  const events = history.data?.pages.flatMap((page) => page.events) ?? [];
  const [typed, setTyped] = useState(asOf ? toLocalInput(asOf) : '');
  useEffect(() => setTyped(asOf ? toLocalInput(asOf) : ''), [asOf]);

  const travel = (iso: string | null) => {
    const next = new URLSearchParams(params);
    if (iso) next.set('asOf', iso);
    else next.delete('asOf');
    setParams(next);
  };
  const sliderIndex = asOf ? Math.max(0, events.findLastIndex((event) => event.recordedAt <= new Date(asOf).toISOString())) : events.length - 1;

  return (
    <Card withBorder py="xs">
      <form onSubmit={(event) => { event.preventDefault(); if (typed) travel(new Date(typed).toISOString()); }}>
        <Group align="end" wrap="wrap">
          <TextInput type="datetime-local" step={1} label={t('asOf.label')} value={typed} onChange={(event) => setTyped(event.currentTarget.value)} w={240} />
          <Button type="submit" variant="light" disabled={!typed}>{t('common.apply')}</Button>
          {asOf && <Button variant="default" onClick={() => travel(null)}>{t('asOf.back')}</Button>}
          {events.length > 1 && (
            <div style={{ flex: 1, minWidth: 220 }}>
              <Text size="xs" c="dimmed" id="as-of-slider-label">{t('asOf.slider')}</Text>
              <Slider
                aria-labelledby="as-of-slider-label"
                thumbLabel={t('asOf.slider')}
                min={0}
                max={events.length - 1}
                value={sliderIndex}
                onChangeEnd={(index) => travel(index === events.length - 1 ? null : events[index].recordedAt)}
                label={(index) => `${dateTime(events[index].recordedAt)} — ${t('asOf.event', { revision: index + 1, total: events.length })}`}
              />
            </div>
          )}
        </Group>
      </form>
    </Card>
  );
}
