import { Alert, Anchor, Button, Card, Code, Group, Stack, Table, Tabs, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/http.js';
import type { Schemas } from '../api/types.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { downloadText } from '../layout/download.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';

type Verification = Schemas['VerifyReportDto'];
type VerifyProblem = Schemas['VerifyProblemDto'];

/** An event's problem names the event; an access entry's or a seal's, what it concerns. */
const describeProblem = (problem: VerifyProblem): string =>
  problem.streamName !== undefined
    ? `${problem.type ?? ''} ${problem.streamName} #${problem.revision ?? ''} (${problem.reason})`
    : `${problem.log} ${problem.entryId ?? problem.seal ?? ''} (${problem.reason})`;

const SEARCH_FIELDS = ['actor', 'type', 'stream', 'from', 'to'] as const;
const PAGE = 50;

export default function ComplianceScreen() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const section = location.pathname.split('/')[2] === 'access' ? 'access' : 'audit';
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('compliance.title')}</Title>
      </Group>
      <VerifyLog />
      <Tabs value={section} onChange={(next) => void navigate(`/compliance/${next}`)} keepMounted={false}>
        <Tabs.List aria-label={t('compliance.title')}>
          <Tabs.Tab value="audit">{t('compliance.audit')}</Tabs.Tab>
          <Tabs.Tab value="access">{t('compliance.access')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="audit" pt="md"><AuditSearch /></Tabs.Panel>
        <Tabs.Panel value="access" pt="md"><AccessLog /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function VerifyLog() {
  const { t, number } = useI18n();
  const verify = useMutation({ mutationFn: () => api.get<Verification>('/audit/verify') });
  const result = verify.data;
  return (
    <Card withBorder>
      <Group>
        <Button onClick={() => verify.mutate()} loading={verify.isPending}>{t('compliance.verify')}</Button>
        <div role="status" aria-live="polite">
          {result?.status === 'intact' && <Alert color="teal" py={6}>{t('compliance.intact', { count: number(result.events) })}</Alert>}
          {result?.status === 'tampered' && (
            <Alert color="red" py={6}>
              {t('compliance.broken', { events: result.problems[0] ? describeProblem(result.problems[0]) : result.summary })}
            </Alert>
          )}
        </div>
        {verify.error && <ErrorNotice error={verify.error} />}
      </Group>
    </Card>
  );
}

/** Filters come from the URL; a page is named by the position the previous page ended at. */
function AuditSearch() {
  const { t, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(SEARCH_FIELDS.map((name) => [name, params.get(name) ?? undefined]));
  const after = params.get('after') ?? undefined;
  const [draft, setDraft] = useState(filters);
  const page = useQuery({
    queryKey: ['audit', filters, after],
    queryFn: () => api.get<Schemas['AuditEventsPageDto']>('/audit/events', { ...instants(filters), after, limit: PAGE }),
  });
  const exportCsv = useMutation({
    mutationFn: () => api.getText('/audit/events', { ...instants(filters), format: 'csv' }),
    onSuccess: (csv) => downloadText('audit-events.csv', csv, 'text/csv'),
  });
  const search = () => {
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries(draft)) if (value) next.set(name, value);
    setParams(next);
  };
  return (
    <Stack>
      <form role="search" onSubmit={(event) => { event.preventDefault(); search(); }}>
        <Group align="end">
          <TextInput label={t('compliance.actor')} value={draft.actor ?? ''} onChange={(event) => setDraft({ ...draft, actor: event.currentTarget.value })} />
          <TextInput label={t('compliance.type')} value={draft.type ?? ''} onChange={(event) => setDraft({ ...draft, type: event.currentTarget.value })} />
          <TextInput label={t('compliance.stream')} value={draft.stream ?? ''} onChange={(event) => setDraft({ ...draft, stream: event.currentTarget.value })} />
          <TextInput type="date" label={t('common.from')} value={draft.from ?? ''} onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })} />
          <TextInput type="date" label={t('common.to')} value={draft.to ?? ''} onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })} />
          <Button type="submit">{t('compliance.search')}</Button>
          <Button variant="default" onClick={() => exportCsv.mutate()} loading={exportCsv.isPending}>{t('common.downloadCsv')}</Button>
        </Group>
      </form>
      {page.error && <ErrorNotice error={page.error} />}
      <Table striped aria-label={t('compliance.audit')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('compliance.col.at')}</Table.Th>
            <Table.Th>{t('compliance.col.type')}</Table.Th>
            <Table.Th>{t('compliance.col.stream')}</Table.Th>
            <Table.Th>{t('compliance.col.actor')}</Table.Th>
            <Table.Th>{t('compliance.col.channel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.data?.events.map((event) => (
            <Table.Tr key={event.eventId}>
              <Table.Td>{dateTime(event.recordedAt)}</Table.Td>
              <Table.Td>{t(`event.${event.type}` as MessageKey)}</Table.Td>
              <Table.Td><Code>{event.streamName} #{event.revision}</Code></Table.Td>
              <Table.Td><Code>{event.actor ? `${event.actor.role ?? ''} ${event.actor.id.slice(0, 12)}` : ''}</Code></Table.Td>
              <Table.Td>{event.channel ? t(`channel.${event.channel}` as MessageKey) : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        {after && <Button variant="default" onClick={() => { const next = new URLSearchParams(params); next.delete('after'); setParams(next); }}>{t('common.first')}</Button>}
        {page.data?.next && <Button variant="default" onClick={() => { const next = new URLSearchParams(params); next.set('after', page.data.next!); setParams(next); }}>{t('common.next')}</Button>}
      </Group>
    </Stack>
  );
}

/** The API takes dates as instants; a day typed in the form starts at midnight UTC. */
function instants(filters: Record<string, string | undefined>) {
  const day = (value?: string) => (value ? `${value}T00:00:00Z` : undefined);
  return { ...filters, from: day(filters.from), to: day(filters.to) };
}

function AccessLog() {
  const { t, dateTime } = useI18n();
  const log = useQuery({ queryKey: ['access-log'], queryFn: () => api.get<Schemas['AccessLogPageDto']>('/audit/access', { limit: PAGE }) });
  return (
    <Stack>
      {log.error && <ErrorNotice error={log.error} />}
      <Table striped aria-label={t('compliance.access')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('compliance.col.at')}</Table.Th>
            <Table.Th>{t('compliance.col.actor')}</Table.Th>
            <Table.Th>{t('compliance.col.action')}</Table.Th>
            <Table.Th>{t('compliance.col.customer')}</Table.Th>
            <Table.Th>{t('compliance.col.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.data?.entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{dateTime(entry.accessedAt)}</Table.Td>
              <Table.Td><Code>{entry.actorRole} {entry.actorId.slice(0, 12)}</Code></Table.Td>
              <Table.Td>{entry.action}</Table.Td>
              <Table.Td><Anchor component={Link} to={`/customers/${entry.subjectId}`} ff="monospace">{entry.subjectId.slice(0, 8)}</Anchor></Table.Td>
              <Table.Td>{entry.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

