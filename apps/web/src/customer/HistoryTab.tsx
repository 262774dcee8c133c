import { Button, Code, Table, Text } from '@mantine/core';
import { useStaffNames } from '../api/read-models.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { useHistory } from './customer-queries.js';

/** The raw stream, oldest first; at a point in time, only what had been recorded by then. */
export function HistoryTab({ customerId, asOf }: { customerId: string; asOf?: string }) {
  const { t, dateTime } = useI18n();
  const nameOf = useStaffNames();
  const history = useHistory(customerId, true);
  const limit = asOf ? new Date(asOf).toISOString() : null;
  const events = (history.data?.pages.flatMap((page) => page.events) ?? []).filter((event) => limit === null || event.recordedAt <= limit);
  return (
    <>
      {history.error && <ErrorNotice error={history.error} />}
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-label={t('customer.tab.history')} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.col.revision')}</Table.Th>
              <Table.Th>{t('history.col.type')}</Table.Th>
              <Table.Th>{t('history.col.occurredAt')}</Table.Th>
              <Table.Th>{t('history.col.recordedAt')}</Table.Th>
              <Table.Th>{t('history.col.actor')}</Table.Th>
              <Table.Th>{t('history.col.channel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((event) => (
              <Table.Tr key={event.eventId}>
                <Table.Td>{event.revision}</Table.Td>
                <Table.Td><span title={event.type}>{t(`event.${event.type}` as MessageKey)}</span></Table.Td>
                <Table.Td>{dateTime(event.occurredAt)}</Table.Td>
                <Table.Td>{dateTime(event.recordedAt)}</Table.Td>
                <Table.Td>{event.metadata.actor && <>{nameOf(event.metadata.actor.id) ?? (event.metadata.actor.role ? t(`role.${event.metadata.actor.role}` as MessageKey) : '')} <Code>{event.metadata.actor.id.slice(0, 8)}</Code></>}</Table.Td>
                <Table.Td>{event.metadata.channel ? t(`channel.${event.metadata.channel}` as MessageKey) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {history.data && events.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
      {history.hasNextPage && !limit && (
        <Button variant="subtle" onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
    </>
  );
}
