import { Indicator, Menu, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/http.js';
import type { Notification, Notifications } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';

const LIVE_MS = 30_000;

/** My notifications (task reminders, the morning digest), unread first; opening one marks it read. */
export function NotificationBell() {
  const { t, dateTime } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notifications = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api.get<Notifications>('/notifications', { limit: 20 }),
    refetchInterval: LIVE_MS,
  });
  const markRead = useMutation({
    mutationFn: (id: string) => api.post<Notification>(`/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const open = async (item: Notification) => {
    if (item.readAt === null) markRead.mutate(item.id);
    if (item.customerId) await navigate(`/customers/${item.customerId}`);
  };
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  return (
    <Menu position="bottom-end" withinPortal width={320}>
      <Menu.Target>
        <UnstyledButton aria-label={t('notifications.bell', { count: unread })}>
          <Indicator disabled={unread === 0} label={unread} size={16} color="red">
            <Text size="xl" aria-hidden>
              🔔
            </Text>
          </Indicator>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {items.length === 0 && <Menu.Item disabled>{t('notifications.none')}</Menu.Item>}
        {items.map((item) => (
          <Menu.Item key={item.id} onClick={() => void open(item)} fw={item.readAt === null ? 600 : 400}>
            <Text size="sm" inherit>
              {t(item.kind === 'digest' ? 'notifications.digest' : item.kind === 'task-overdue' ? 'notifications.overdue' : 'notifications.dueSoon', {
                title: item.title ?? t('myDay.erasedTask'),
              })}
            </Text>
            <Text size="xs" c="dimmed">
              {dateTime(item.dueAt ?? item.createdAt)}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
