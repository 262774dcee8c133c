import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title, Badge, Button } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { DealPage, DirectoryPage, FollowUps, Schemas, TaskPage } from '../api/types.js';
import { api } from '../api/http.js';
import { useMe } from '../api/session.js';
import { useCustomerNames } from '../customer/customer-queries.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/en.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { SignalList } from '../layout/SignalList.js';

const LIVE_MS = 15_000;
/** How far ahead "closing soon" looks; open deals already past their expected close stay listed. */
const CLOSING_DAYS = 30;

export function MyDayScreen() {
  const { t, dateTime } = useI18n();
  const me = useMe();
  const ownerId = me.data?.role === 'operator' ? me.data.staffId : undefined;
  const followUps = useQuery({
    queryKey: ['followups', ownerId ?? 'all'],
    queryFn: () => api.get<FollowUps>('/followups', { ownerId }),
    refetchInterval: LIVE_MS,
  });
  const leads = useQuery({
    queryKey: ['directory', { owner: ownerId, stage: 'lead' }],
    queryFn: () => api.get<DirectoryPage>('/customers', { owner: ownerId, stage: 'lead', limit: 100 }),
    enabled: ownerId !== undefined,
    refetchInterval: LIVE_MS,
  });
  const staffId = me.data?.staffId ?? undefined;
  const tasks = useQuery({
    queryKey: ['tasks', 'me'],
    queryFn: () => api.get<TaskPage>('/tasks', { assignee: 'me', limit: 50 }),
    enabled: staffId !== undefined,
    refetchInterval: LIVE_MS,
  });
  const queryClient = useQueryClient();
  const complete = useMutation({
    mutationFn: (task: { customerId: string; taskId: string }) => api.post(`/customers/${task.customerId}/tasks/${encodeURIComponent(task.taskId)}/complete`),
    // Marked done at once: a read now could come before the projection has the completion, and bring it back.
    onSuccess: (_answer, done) =>
      queryClient.setQueryData<TaskPage>(
        ['tasks', 'me'],
        (page) =>
          page && {
            ...page,
            items: page.items.map((task) => (task.customerId === done.customerId && task.taskId === done.taskId ? { ...task, status: 'done' } : task)),
          },
      ),
  });
  const openTasks = tasks.data?.items.filter((task) => task.status !== 'done') ?? [];
  const overdue = followUps.data?.owners.flatMap((owner) => owner.overdue) ?? [];
  const { nameOf } = useCustomerNames(overdue.map((item) => item.customerId));
  const myLeads = [...(leads.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack>
      <Title order={1}>{t('myDay.title')}</Title>
      {followUps.error && <ErrorNotice error={followUps.error} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="overdue-title">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="overdue-title">
              {t('myDay.followups')}
            </Title>
            <Badge color={overdue.length ? 'red' : 'gray'}>{overdue.length}</Badge>
          </Group>
          {overdue.length === 0 ? (
            <Text c="dimmed">{t('myDay.noFollowups')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
              {overdue.map((item) => (
                <li key={item.customerId}>
                  <Anchor component={Link} to={`/customers/${item.customerId}`}>
                    {nameOf(item.customerId)}
                  </Anchor>{' '}
                  <Text span c="red" size="sm">
                    {t('myDay.due', { date: dateTime(item.overdueAt ?? item.capturedAt) })}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="leads-title">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="leads-title">
              {t('myDay.newLeads')}
            </Title>
            <Badge>{myLeads.length}</Badge>
          </Group>
          {myLeads.length === 0 ? (
            <Text c="dimmed">{t('common.empty')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
              {myLeads.map((lead) => (
                <li key={lead.customerId}>
                  <Anchor component={Link} to={`/customers/${lead.customerId}`}>
                    {lead.name}
                  </Anchor>{' '}
                  <Text span c="dimmed" size="sm">
                    {dateTime(lead.createdAt)}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="tasks-title">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="tasks-title">
              {t('myDay.tasks')}
            </Title>
            <Badge color={openTasks.some((task) => task.status === 'overdue') ? 'red' : 'gray'}>{openTasks.length}</Badge>
          </Group>
          {(tasks.error ?? complete.error) && <ErrorNotice error={tasks.error ?? complete.error} />}
          {openTasks.length === 0 ? (
            <Text c="dimmed">{t('myDay.noTasks')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
              {openTasks.map((task) => {
                const title = task.title ?? t('myDay.erasedTask');
                return (
                  <Group component="li" key={`${task.customerId}/${task.taskId}`} justify="space-between" wrap="nowrap">
                    <div>
                      {/* A merged-away record's task belongs to its survivor's page; it is still done on its own record. */}
                      <Anchor component={Link} to={`/customers/${task.mergedInto ?? task.customerId}`}>
                        {title}
                      </Anchor>{' '}
                      <Text span c={task.status === 'overdue' ? 'red' : 'dimmed'} size="sm">
                        {t(task.status === 'overdue' ? 'myDay.taskOverdue' : 'myDay.due', { date: dateTime(task.dueAt) })}
                      </Text>
                    </div>
                    <Button
                      size="xs"
                      variant="light"
                      loading={complete.isPending && complete.variables?.taskId === task.taskId}
                      aria-label={t('myDay.completeTask', { title })}
                      onClick={() => complete.mutate(task)}
                    >
                      {t('myDay.complete')}
                    </Button>
                  </Group>
                );
              })}
            </Stack>
          )}
        </Card>
        <DealsClosingSoon ownerId={ownerId} />
        <Signals ownerId={ownerId} />
      </SimpleGrid>
    </Stack>
  );
}

/** My open deals expected to close within CLOSING_DAYS, soonest first; the late ones in red. */
function DealsClosingSoon({ ownerId }: { ownerId: string | undefined }) {
  const { t, money, date } = useI18n();
  const today = new Date().toISOString().slice(0, 10);
  const closeTo = new Date(Date.now() + CLOSING_DAYS * 86_400_000).toISOString().slice(0, 10);
  const deals = useQuery({
    queryKey: ['opportunities', { owner: ownerId, status: 'open', closeTo }],
    queryFn: () => api.get<DealPage>('/opportunities', { owner: ownerId, status: 'open', closeTo, limit: 100 }),
    refetchInterval: LIVE_MS,
  });
  const soonest = [...(deals.data?.items ?? [])].sort((a, b) => (a.expectedCloseDate ?? '').localeCompare(b.expectedCloseDate ?? ''));
  return (
    <Card withBorder component="section" aria-labelledby="deals-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="deals-title">
          {t('myDay.deals')}
        </Title>
        <Badge>{soonest.length}</Badge>
      </Group>
      {deals.error && <ErrorNotice error={deals.error} />}
      {soonest.length === 0 ? (
        <Text c="dimmed">{t('myDay.noDeals', { days: CLOSING_DAYS })}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {soonest.map((deal) => (
            <li key={deal.id}>
              <Anchor component={Link} to={`/customers/${deal.customerId}`}>
                {deal.interest}
              </Anchor>{' '}
              <Text span size="sm">
                {money(deal.expectedAmount.amount, deal.expectedAmount.currency)} · {deal.probability}%
              </Text>{' '}
              {deal.expectedCloseDate && (
                <Text span size="sm" c={deal.expectedCloseDate < today ? 'red' : 'dimmed'}>
                  {t('pipeline.closes', { date: date(`${deal.expectedCloseDate}T12:00:00Z`) })}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** How many signals the card lists; the rest wait for the next day's work. */
const SIGNALS_SHOWN = 10;

/** What the read models spotted about my customers (GET /signals): why, in the reader's language, and a link to act. */
function Signals({ ownerId }: { ownerId: string | undefined }) {
  const { t } = useI18n();
  const signals = useQuery({
    queryKey: ['signals', ownerId ?? 'all'],
    queryFn: () => api.get<Schemas['SignalListDto']>('/signals', { owner: ownerId, limit: SIGNALS_SHOWN }),
    refetchInterval: LIVE_MS,
  });
  const items = (signals.data?.items ?? []).slice(0, SIGNALS_SHOWN);
  const { nameOf } = useCustomerNames(items.map((item) => item.customerId));
  return (
    <Card withBorder component="section" aria-labelledby="signals-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="signals-title">
          {t('myDay.signals')}
        </Title>
        <Badge>{signals.data?.items.length ?? 0}</Badge>
      </Group>
      {signals.error && <ErrorNotice error={signals.error} />}
      {signals.data && items.length === 0 ? <Text c="dimmed">{t('myDay.noSignals')}</Text> : <SignalList items={items} nameOf={nameOf} />}
    </Card>
  );
}
