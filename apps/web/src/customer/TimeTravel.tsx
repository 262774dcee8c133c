import { Button, Card, Group, SegmentedControl, Slider, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { useFirstEvent } from './customer-queries.js';
import { InstantInput } from './InstantInput.js';

const SLIDER_STEPS = 1_000;

/** Recorded time (what the CRM knew then: `asOf`) or business time (how things stood then: `validAt`). */
type Axis = 'asOf' | 'validAt';

/**
 * "View as of": on either axis (docs/time-travel.md), a date and time, or a slider from the
 * customer's first event to now (a span, not a list of events, so a customer with 10,000 events
 * costs one page of history). Either one writes `asOf` or `validAt` into the URL, so a point in
 * time can be shared and gone back from with the browser's back button.
 */
export function TimeTravel({ customerId, asOf, validAt }: { customerId: string; asOf?: string; validAt?: string }) {
  const { t, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const first = useFirstEvent(customerId).data;
  const [now] = useState(() => Date.now());
  const [axis, setAxis] = useState<Axis>(validAt !== undefined ? 'validAt' : 'asOf');
  const point = axis === 'validAt' ? validAt : asOf;
  const [typed, setTyped] = useState<string | null>(point ?? null);
  useEffect(() => setTyped(point ?? null), [point]);

  // One axis at a time: moving to the other carries the instant over.
  const travel = (iso: string | null, on: Axis = axis) => {
    const next = new URLSearchParams(params);
    next.delete('asOf');
    next.delete('validAt');
    if (iso) next.set(on, iso);
    setParams(next);
  };
  const switchAxis = (next: Axis) => {
    setAxis(next);
    if (point) travel(point, next);
  };
  const startOf = (event: { recordedAt: string; occurredAt: string }) => Date.parse(axis === 'validAt' ? event.occurredAt : event.recordedAt);
  const start = first ? Math.min(startOf(first), now) : now;
  const instantAt = (step: number) => start + ((now - start) * step) / SLIDER_STEPS;
  const stepOf = (iso: string) => Math.round((SLIDER_STEPS * (Date.parse(iso) - start)) / Math.max(1, now - start));

  return (
    <Card withBorder py="xs">
      <form onSubmit={(event) => { event.preventDefault(); if (typed) travel(typed); }}>
        <Group align="end" wrap="wrap">
          <SegmentedControl
            aria-label={t('asOf.axis')}
            value={axis}
            onChange={(value) => switchAxis(value as Axis)}
            data={[
              { value: 'asOf', label: t('asOf.axis.recorded') },
              { value: 'validAt', label: t('asOf.axis.business') },
            ]}
          />
          <InstantInput label={t(axis === 'validAt' ? 'asOf.label.business' : 'asOf.label')} value={typed} onChange={setTyped} w={240} />
          <Button type="submit" variant="default" disabled={!typed}>{t('common.apply')}</Button>
          {(asOf || validAt) && <Button variant="default" onClick={() => travel(null)}>{t('asOf.back')}</Button>}
          {first && (
            <div style={{ flex: 1, minWidth: 220 }}>
              <Text size="xs" c="dimmed" id="as-of-slider-label">{t('asOf.slider')}</Text>
              <Slider
                aria-labelledby="as-of-slider-label"
                thumbLabel={t('asOf.slider')}
                min={0}
                max={SLIDER_STEPS}
                value={point ? Math.min(SLIDER_STEPS, Math.max(0, stepOf(point))) : SLIDER_STEPS}
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
