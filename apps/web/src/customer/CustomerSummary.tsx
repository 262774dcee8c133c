import { Card, Divider, Group, List, Stack, Text, Title, Badge } from '@mantine/core';
import { useStaff } from '../api/read-models.js';
import type { CustomerLifecycleView, LifecycleTransitionItem } from '../api/types.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { StageBadge } from '../layout/StageBadge.js';
import { useCustomerSegments, useCustomerSegmentsAt, useLifecycle, type CustomerSegments, type CustomerState, type SegmentStay } from './customer-queries.js';

const atOrBefore = (iso: string, asOf: string | undefined) => asOf === undefined || iso <= new Date(asOf).toISOString();

/** The lifecycle as it stood at asOf: the transitions up to then, the last one's position. */
function lifecycleAsOf(view: CustomerLifecycleView, asOf: string | undefined) {
  const transitions = view.transitions.filter((transition) => atOrBefore(transition.at, asOf));
  const last = transitions.at(-1);
  return { transitions, current: asOf === undefined ? { stage: view.stage, grade: view.grade } : last?.to ?? null };
}

/** Memberships as they stood at asOf: entered by then, and not yet left by then. */
function segmentsAsOf(segments: CustomerSegments, asOf: string | undefined): { current: SegmentStay[]; past: SegmentStay[] } {
  if (asOf === undefined) return segments;
  const all = [...segments.current, ...segments.past].filter((stay) => atOrBefore(stay.enteredAt, asOf));
  const leftBy = (stay: SegmentStay) => stay.leftAt != null && atOrBefore(stay.leftAt, asOf);
  return { current: all.filter((stay) => !leftBy(stay)), past: all.filter(leftBy) };
}

/**
 * At a business time (validAt) the server answers the lifecycle and segments as they stood then,
 * late events included; as of a recorded time (asOf) they are cut from today's history.
 */
export function CustomerSummary({
  customerId,
  state,
  asOf,
  validAt,
  readsModels,
}: {
  customerId: string;
  state: CustomerState | undefined;
  asOf?: string;
  validAt?: string;
  readsModels: boolean;
}) {
  const { t, date, dateTime, number, money } = useI18n();
  const staff = useStaff();
  // Until the staff list answers, no name; a list that does not name them (or cannot be read) says so.
  const ownerName = (id: string) => (staff.isPending ? '…' : (staff.data?.find((member) => member.staffId === id)?.name ?? t('customer.unknownOwner')));
  const lifecycle = useLifecycle(customerId, readsModels, validAt);
  const segments = useCustomerSegments(customerId, readsModels && validAt === undefined);
  const segmentsAt = useCustomerSegmentsAt(customerId, validAt, readsModels);
  const active = state?.status === 'active' ? state : null;
  const life = lifecycle.data ? lifecycleAsOf(lifecycle.data, validAt ? undefined : asOf) : null;
  const stays: { current: (Omit<SegmentStay, 'enteredAt'> & { enteredAt?: string })[]; past: SegmentStay[] } | null = validAt
    ? segmentsAt.data ? { current: segmentsAt.data.segments, past: [] } : null
    : segments.data ? segmentsAsOf(segments.data, asOf) : null;
  const position = ({ stage, grade }: { stage: string; grade: string | null }) =>
    t(`stage.${stage}` as MessageKey) + (grade ? ` (${t(`grade.${grade}` as MessageKey)})` : '');
  const describe = (transition: LifecycleTransitionItem) => (transition.from ? `${position(transition.from)} → ` : '') + position(transition.to);

  return (
    <Card withBorder>
      <Stack gap="sm">
        {active && (
          <section aria-labelledby="contact-title">
            <Title order={2} size="h5" id="contact-title">{t('customer.contact')}</Title>
            <Text size="sm">{active.personal.email}</Text>
            <Text size="sm">{active.personal.phone}</Text>
            <Text size="sm" c="dimmed">{t(active.touches.total === 1 ? 'customer.touches.one' : 'customer.touches', { count: number(active.touches.total) })}</Text>
            {Object.entries(active.purchaseTotals).map(([currency, minor]) => (
              <Text size="sm" key={currency}>{t('customer.purchases')}: {money(minor, currency)}</Text>
            ))}
          </section>
        )}
        {active && (
          <Group gap="xs">
            <Text size="sm" fw={500}>{t('customer.owner')}:</Text>
            <Text size="sm">{active.ownerId ? ownerName(active.ownerId) : t('customer.noOwner')}</Text>
          </Group>
        )}
        {life && (
          <section aria-labelledby="lifecycle-title">
            <Divider mb="xs" />
            <Group gap="xs">
              <Title order={2} size="h5" id="lifecycle-title">{t('customer.stage')}</Title>
              {life.current && <StageBadge stage={life.current.stage} grade={life.current.grade} />}
            </Group>
            {!asOf && lifecycle.data && <Text size="xs" c="dimmed">{t('customer.since', { date: date(lifecycle.data.since) })}</Text>}
            <Title order={3} size="h6" mt="xs">{t('customer.transitions')}</Title>
            <List size="sm" spacing={2}>
              {[...life.transitions].reverse().map((transition, index) => (
                <List.Item key={`${transition.at}-${index}`}>
                  {describe(transition)} · <Text span size="xs" c="dimmed">{date(transition.at)}, {t(`customer.cause.${transition.cause}`)}</Text>
                </List.Item>
              ))}
            </List>
          </section>
        )}
        {stays && (
          <section aria-labelledby="segments-title">
            <Divider mb="xs" />
            <Title order={2} size="h5" id="segments-title">{t('customer.segments')}</Title>
            {stays.current.length + stays.past.length === 0 && <Text size="sm" c="dimmed">{t('common.none')}</Text>}
            <Group gap={6} mt={4}>
              {stays.current.map((stay) => (
                <Badge key={stay.segmentId} variant="light" title={stay.enteredAt ? t('customer.segments.current', { date: date(stay.enteredAt) }) : undefined}>{stay.name}</Badge>
              ))}
              {stays.past.map((stay) => (
                <Badge key={`${stay.segmentId}-${stay.enteredAt}`} variant="outline" color="gray" title={t('customer.segments.past', { date: date(stay.leftAt!) })}>
                  {stay.name}
                </Badge>
              ))}
            </Group>
          </section>
        )}
        {active && (
          <section aria-labelledby="consents-title">
            <Divider mb="xs" />
            <Title order={2} size="h5" id="consents-title">{t('customer.consents')}</Title>
            {Object.keys(active.consents).length === 0 && <Text size="sm" c="dimmed">{t('customer.consent.none')}</Text>}
            <List size="sm" spacing={2}>
              {Object.entries(active.consents).map(([channel, consent]) => (
                <List.Item key={channel}>
                  {t(`channel.${channel}` as MessageKey)}: <Text span c={consent!.status === 'given' ? 'teal' : 'red'} size="sm">{t(`customer.consent.${consent!.status}`)}</Text>{' '}
                  <Text span size="xs" c="dimmed">{dateTime(consent!.at)}</Text>
                </List.Item>
              ))}
            </List>
          </section>
        )}
      </Stack>
    </Card>
  );
}
