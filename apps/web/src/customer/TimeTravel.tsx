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

const SLIDER_STEPS = 1_000;

/**
 * "View as of": a date and time, or a slider from the moment the customer's first event was
 * recorded to now (a span, not a list of events, so a customer with 10,000 events costs one page of
 * history). Either one writes `asOf` into the URL, so a point in time can be shared and gone back
 * from with the browser's back button.
 */
export function TimeTravel({ customerId, asOf }: { customerId: string; asOf?: string }) {
  const { t, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const history = useHistory(customerId, true);
  const first = history.data?.pages[0]?.events[0];
  const [now] = useState(() => Date.now());
  const [typed, setTyped] = useState(asOf ? toLocalInput(asOf) : '');
  useEffect(() => setTyped(asOf ? toLocalInput(asOf) : ''), [asOf]);

  const travel = (iso: string | null) => {
    const next = new URLSearchParams(params);
    if (iso) next.set('asOf', iso);
    else next.delete('asOf');
    setParams(next);
  };
  const start = first ? Date.parse(first.recordedAt) : now;
  const instantAt = (step: number) => start + ((now - start) * step) / SLIDER_STEPS;
  const stepOf = (iso: string) => Math.round((SLIDER_STEPS * (Date.parse(iso) - start)) / Math.max(1, now - start));

  return (
    <Card withBorder py="xs">
      <form onSubmit={(event) => { event.preventDefault(); if (typed) travel(new Date(typed).toISOString()); }}>
        <Group align="end" wrap="wrap">
          <TextInput type="datetime-local" step={1} label={t('asOf.label')} value={typed} onChange={(event) => setTyped(event.currentTarget.value)} w={240} />
          <Button type="submit" variant="default" disabled={!typed}>{t('common.apply')}</Button>
          {asOf && <Button variant="default" onClick={() => travel(null)}>{t('asOf.back')}</Button>}
          {first && (
            <div style={{ flex: 1, minWidth: 220 }}>
              <Text size="xs" c="dimmed" id="as-of-slider-label">{t('asOf.slider')}</Text>
              <Slider
                aria-labelledby="as-of-slider-label"
                thumbLabel={t('asOf.slider')}
                min={0}
                max={SLIDER_STEPS}
                value={asOf ? Math.min(SLIDER_STEPS, Math.max(0, stepOf(asOf))) : SLIDER_STEPS}
                onChangeEnd={(step) => travel(step === SLIDER_STEPS ? null : new Date(instantAt(step)).toISOString())}
                label={(step) => dateTime(new Date(instantAt(step)))}
              />
            </div>
          )}
        </Group>
      </form>
    </Card>
  );
}
