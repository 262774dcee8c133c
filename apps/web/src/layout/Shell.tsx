import { AppShell, Group, Menu, NavLink, Text, UnstyledButton, Avatar } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import type { SignedInStaff } from '../api/types.js';
import { api } from '../api/http.js';
import { forgetSession, mayUse, type Screen } from '../api/session.js';
import { locales, type Locale } from '../i18n/catalogs.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/en.js';
import { NotificationBell } from './NotificationBell.js';
import { warmCustomerPage } from '../customer/customer-page-code.js';

const NAV: { screen: Screen; path: string; label: MessageKey }[] = [
  { screen: 'myDay', path: '/my-day', label: 'nav.myDay' },
  { screen: 'customers', path: '/customers', label: 'nav.customers' },
  { screen: 'pipeline', path: '/pipeline', label: 'nav.pipeline' },
  { screen: 'duplicates', path: '/duplicates', label: 'nav.duplicates' },
  { screen: 'segments', path: '/segments', label: 'nav.segments' },
  { screen: 'analytics', path: '/analytics', label: 'nav.analytics' },
  { screen: 'compliance', path: '/compliance', label: 'nav.compliance' },
  { screen: 'admin', path: '/admin', label: 'nav.admin' },
];

export function Shell({ me }: { me: SignedInStaff }) {
  const { t, locale, setLocale } = useI18n();
  const opensCustomers = mayUse(me.role, 'customers');
  useEffect(() => (opensCustomers ? warmCustomerPage() : undefined), [opensCustomers]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The choice is the user's, kept on the server so it follows them to another browser.
  const chooseLocale = useMutation({
    mutationFn: (code: Locale) => api.patch<SignedInStaff>('/auth/me', { locale: code }),
    onMutate: (code) => setLocale(code),
    onSuccess: (updated) => queryClient.setQueryData(['me'], updated),
  });
  const signOut = useMutation({
    mutationFn: () => api.post('/auth/sign-out'),
    onSettled: async () => {
      forgetSession(queryClient);
      await navigate('/sign-in');
    },
  });
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 210, breakpoint: 'sm' }} padding="lg">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Text fw={700} size="lg" c="indigo.8">
            {t('app.name')}
          </Text>
          <Group gap="lg">
            <NotificationBell />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('user.menu', { name: me.name })}>
                  <Group gap="xs">
                    <Avatar color="indigo" radius="xl" size="sm">
                      {me.name.slice(0, 1)}
                    </Avatar>
                    <div>
                      <Text size="sm" fw={500}>
                        {me.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`role.${me.role}`)}
                      </Text>
                    </div>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('user.language')}</Menu.Label>
                {locales.map((code) => (
                  <Menu.Item key={code} onClick={() => chooseLocale.mutate(code)} aria-current={code === locale ? 'true' : undefined} lang={code}>
                    {t(`locale.${code}`)}
                  </Menu.Item>
                ))}
                <Menu.Divider />
                <Menu.Item color="red" onClick={() => signOut.mutate()}>
                  {t('user.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {NAV.filter((item) => mayUse(me.role, item.screen)).map((item) => (
          <NavLink key={item.path} component={RouterNavLink} to={item.path} label={t(item.label)} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
