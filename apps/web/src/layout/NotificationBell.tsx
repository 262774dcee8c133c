import { Indicator, Menu, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/http.js';
import type { Notification, Notifications } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';

const LIVE_MS = 30_000;

/** My notifications (task reminders, the morning digest, leads waiting or given to me), unread first; opening one marks it read. */
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
    // Shown read at once: the menu is opened again on the next page before the server answers.
    onMutate: (id: string) =>
      queryClient.setQueryData<Notifications>(['notifications'], (list) =>
        list === undefined
          ? list
          : {
              ...list,
              unread: Math.max(0, list.unread - 1),
              items: list.items.map((item) => (item.id === id ? { ...item, readAt: new Date().toISOString() } : item)),
            },
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
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
            <BellIcon />
          </Indicator>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {items.length === 0 && <Menu.Item disabled>{t('notifications.none')}</Menu.Item>}
        {items.map((item) => (
          <Menu.Item key={item.id} onClick={() => void open(item)} fw={item.readAt === null ? 600 : 400}>
            <Text size="sm" inherit>
              {notificationText(item, t)}
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

function notificationText(item: Notification, t: ReturnType<typeof useI18n>['t']): string {
  switch (item.kind) {
    case 'automation':
      return t('notifications.automation', { message: item.title ?? '' });
    case 'digest':
      return t('notifications.digest');
    case 'follow-up-overdue':
      return t('notifications.followUpOverdue');
    case 'lead-reassigned':
      return t('notifications.leadReassigned');
    case 'task-overdue':
      return t('notifications.overdue', { title: item.title ?? t('myDay.erasedTask') });
    default:
      return t('notifications.dueSoon', { title: item.title ?? t('myDay.erasedTask') });
  }
}

/** The bell as a drawing, not an emoji: Chromium on a server has no colour-emoji font and showed an empty box. */
function BellIcon() {
  return (
    <svg
      width={24}
      height={24}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable="false"
    >
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </svg>
  );
}
