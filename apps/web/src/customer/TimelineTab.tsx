import { Anchor, Badge, Button, Group, MultiSelect, Stack, Switch, Text, Loader } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { touchEventTypes } from '#crm/domain';
import { useStaffNames } from '../api/read-models.js';
import type { TimelineItem } from '../api/types.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { useTimeline } from './customer-queries.js';
import { useLiveConnected } from './live.js';
import { CorrectTouch } from './CorrectTouch.js';
import { VoidTouch } from './VoidTouch.js';
import { timelineSentence } from './timeline-sentence.js';

export const dealEventTypes = ['OpportunityOpened', 'OpportunityStageChanged', 'OpportunityWon', 'OpportunityLost'] as const;

/** Newest first; the next page loads when its end scrolls into view (or on the button, for a keyboard). */
export function TimelineTab({
  customerId,
  asOf,
  deals = false,
  organization = false,
  absorbed = [],
  mayVoid = false,
}: {
  customerId: string;
  asOf?: string;
  deals?: boolean;
  /** An organization's timeline may take in its people's entries: `?include=contacts` in the URL. */
  organization?: boolean;
  /** The records merged into this one, whose entries the timeline shows beside its own. */
  absorbed?: readonly string[];
  /** An operator looking at the record now may void or correct its touches (and those of the records merged into it). */
  mayVoid?: boolean;
}) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('type')?.split(',').filter(Boolean) ?? [];
  const types = deals ? [...dealEventTypes] : chosen;
  const withContacts = organization && params.get('include') === 'contacts';
  const timeline = useTimeline(customerId, types, asOf, !useLiveConnected(customerId), withContacts);
  const end = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;

  useEffect(() => {
    const sentinel = end.current;
    if (!sentinel || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  const setTypes = (next: string[]) => {
    const updated = new URLSearchParams(params);
    if (next.length) updated.set('type', next.join(','));
    else updated.delete('type');
    setParams(updated, { replace: false });
  };

  const setWithContacts = (next: boolean) => {
    const updated = new URLSearchParams(params);
    if (next) updated.set('include', 'contacts');
    else updated.delete('include');
    setParams(updated, { replace: false });
  };

  return (
    <Stack>
      {organization && (
        <Switch label={t('timeline.includeContacts')} checked={withContacts} onChange={(event) => setWithContacts(event.currentTarget.checked)} />
      )}
      {!deals && (
        <MultiSelect
          label={t('timeline.filter')}
          placeholder={chosen.length ? undefined : t('timeline.allTypes')}
          data={touchEventTypes.map((type) => ({ value: type, label: t(`event.${type}` as MessageKey) }))}
          value={chosen}
          onChange={setTypes}
          clearable
          maw={480}
        />
      )}
      {timeline.error && <ErrorNotice error={timeline.error} />}
      {timeline.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {timeline.data && items.length === 0 && <Text c="dimmed">{deals ? t('deals.none') : t('timeline.empty')}</Text>}
      <Stack gap="md" component="ol" aria-label={deals ? t('customer.tab.deals') : t('customer.tab.timeline')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => {
          const from = item.customerId === customerId ? null : absorbed.includes(item.customerId) ? 'merged' : 'contact';
          const voidable = mayVoid && from !== 'contact' && item.category === 'touch' && item.amendment !== 'voided' && !(item as { pending?: boolean }).pending;
          const action = voidable ? (
            <>
              <CorrectTouch pageCustomerId={customerId} item={item} />
              <VoidTouch pageCustomerId={customerId} item={item} />
            </>
          ) : null;
          return <TimelineEntry key={item.eventId} item={item} from={from} action={action} />;
        })}
      </Stack>
      <div ref={end} />
      {hasNextPage && (
        <Button variant="subtle" onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {timeline.data && !hasNextPage && items.length > 0 && <Text size="xs" c="dimmed">{t('timeline.end')}</Text>}
    </Stack>
  );
}

/** `from`: whose entry it is when not this record's own, a contact's (an organization's page) or a merged record's. */
function TimelineEntry({ item, from, action }: { item: TimelineItem & { pending?: boolean }; from: 'contact' | 'merged' | null; action: ReactNode }) {
  const i18n = useI18n();
  const { t, dateTime, money } = i18n;
  const nameOf = useStaffNames();
  // A signed-in user or a staff key acts as its staff id; a machine key's id names no one, so its role stands in.
  const actor = item.actor && (nameOf(item.actor.id) ?? (item.actor.role ? t(`role.${item.actor.role}` as MessageKey) : null));
  return (
    <li className="timeline-item" data-event-id={item.eventId}>
      <Group gap="xs">
        <Badge variant="light" size="sm">{t(`event.${item.type}` as MessageKey)}</Badge>
        <Text size="xs" c="dimmed"><time dateTime={item.occurredAt}>{dateTime(item.occurredAt)}</time></Text>
        {item.channel && <Text size="xs" c="dimmed">· {t(`channel.${item.channel}` as MessageKey)}</Text>}
        {item.pending && <Text size="xs" c="indigo">{t('timeline.saving')}</Text>}
        {item.amendment && (
          // red.9 filled: the lighter reds fail the contrast check at badge size
          <Badge variant={item.amendment === 'voided' ? 'filled' : 'light'} color={item.amendment === 'voided' ? 'red.9' : undefined} size="sm">{t(`timeline.${item.amendment}`)}</Badge>
        )}
        {from && (
          <Anchor component={Link} to={`/customers/${item.customerId}`} size="xs">{t(from === 'contact' ? 'timeline.ofContact' : 'timeline.ofMerged')}</Anchor>
        )}
      </Group>
      {/* A voided touch stays in the timeline, struck through: the history keeps it, nothing counts it. */}
      <Text size="sm" mt={2} td={item.amendment === 'voided' ? 'line-through' : undefined}>
        {/* An entry being saved has no facts yet: what the user typed stands for it. */}
        {item.pending ? item.summary : timelineSentence(i18n, item, nameOf)}
      </Text>
      <Group gap="xs">
        {item.amount && <Text size="sm" fw={600} td={item.amendment === 'voided' ? 'line-through' : undefined}>{money(item.amount.amount, item.amount.currency)}</Text>}
        {actor && <Text size="xs" c="dimmed">{t('timeline.by', { actor })}</Text>}
        {action}
      </Group>
    </li>
  );
}
