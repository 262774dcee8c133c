import { Stack, Tabs, Title } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { ApiKeysPanel } from './admin/ApiKeys.js';
import { AssignmentRulesPanel } from './admin/AssignmentRules.js';
import { AutomationsPanel } from './admin/Automations.js';
import { ProjectionsPanel } from './admin/Projections.js';
import { UsersPanel } from './admin/Users.js';
import { WebhooksPanel } from './admin/Webhooks.js';

const SECTIONS = ['users', 'keys', 'projections', 'webhooks', 'rules', 'automations'] as const;
type Section = (typeof SECTIONS)[number];

/** Each section is a URL (`/admin/keys`), so it can be linked and back/forward work. */
export default function AdminScreen() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const section: Section = SECTIONS.find((name) => name === location.pathname.split('/')[2]) ?? 'users';
  return (
    <Stack>
      <Title order={1}>{t('admin.title')}</Title>
      <Tabs value={section} onChange={(next) => void navigate(`/admin/${next}`)} keepMounted={false}>
        <Tabs.List aria-label={t('admin.title')}>
          {SECTIONS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`admin.section.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="keys" pt="md">
          <ApiKeysPanel />
        </Tabs.Panel>
        <Tabs.Panel value="projections" pt="md">
          <ProjectionsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="webhooks" pt="md">
          <WebhooksPanel />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <AssignmentRulesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="automations" pt="md">
          <AutomationsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
