import { Alert, Badge, Card, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/http.js';
import { mayUse, readsModels as readsModelsOf, useMe } from '../api/session.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { ComplianceActions } from './ComplianceActions.js';
import { ContactsTab } from './ContactsTab.js';
import { CustomerSignals } from './CustomerSignals.js';
import { useCustomerState } from './customer-queries.js';
import { CustomerSummary } from './CustomerSummary.js';
import { HistoryTab } from './HistoryTab.js';
import { MergeNotice } from './MergeNotice.js';
import { RecordTouch } from './RecordTouch.js';
import { TimelineTab } from './TimelineTab.js';
import { TimeTravel } from './TimeTravel.js';
import { useCustomerLive } from './live.js';

const TABS = ['timeline', 'history', 'deals', 'contacts'] as const;
type Tab = (typeof TABS)[number];

/** `/customers/:id/<tab>?asOf=...&type=...`: the tab, the point in time and the filter are all in the URL. */
export default function CustomerPage() {
  const { t, dateTime } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const role = me.data?.role;
  const asOf = params.get('asOf') ?? undefined;
  const validAt = params.get('validAt') ?? undefined;
  const travelled = asOf !== undefined || validAt !== undefined;
  const tabInPath = location.pathname.split('/')[3];
  const tab: Tab = (TABS as readonly string[]).includes(tabInPath) ? (tabInPath as Tab) : 'timeline';
  const readsRecord = role === 'operator' || role === 'compliance' || role === 'admin';
  const readsModels = readsModelsOf(role);
  const state = useCustomerState(id, { asOf, validAt });
  useCustomerLive(id, readsModels && !travelled);

  const stateData = state.data;
  const organization = stateData?.status === 'active' && stateData.kind === 'organization';
  const passedName = (location.state as { name?: string } | null)?.name;
  const name = stateData?.status === 'active' ? stateData.personal.name : stateData?.status === 'erased' ? t('customer.erasedTitle') : passedName ?? '…';

  if (state.error instanceof ApiError && state.error.status === 404) return <ErrorNotice error={state.error} />;
  return (
    <Stack>
      <Group justify="space-between" align="start">
        <div>
          <Title order={1}>{name}</Title>
          {stateData?.status === 'active' && (
            <Group gap="xs" mt={4}>
              <Badge variant="outline">{t(stateData.kind === 'person' ? 'newCustomer.kind.person' : 'newCustomer.kind.organization')}</Badge>
              <Text size="sm" c="dimmed">{t('customer.registered', { date: dateTime(stateData.registeredAt) })}</Text>
            </Group>
          )}
        </div>
        <Group>
          {role && mayUse(role, 'myDay') && stateData?.status !== 'erased' && !travelled && <RecordTouch customerId={id} />}
          {(role === 'compliance' || role === 'admin') && stateData?.status === 'active' && <ComplianceActions customerId={id} name={stateData.personal.name} />}
        </Group>
      </Group>
      {readsRecord && <TimeTravel customerId={id} asOf={asOf} validAt={validAt} />}
      {asOf && <Alert color="indigo" variant="light">{t('asOf.showing', { date: dateTime(asOf) })}</Alert>}
      {validAt && <Alert color="grape" variant="light">{t('asOf.showingValid', { date: dateTime(validAt) })}</Alert>}
      {state.error && !(state.error instanceof ApiError && state.error.status === 403) && <ErrorNotice error={state.error} />}
      {stateData?.status === 'erased' && <Alert color="gray">{t('customer.erasedNote', { date: dateTime(stateData.erasedAt) })}</Alert>}
      {readsRecord && <MergeNotice customerId={id} state={stateData} mayWrite={!asOf && role !== undefined && mayUse(role, 'duplicates')} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <CustomerSummary customerId={id} state={stateData} asOf={asOf} validAt={validAt} readsModels={readsModels} />
            {readsModels && stateData?.status !== 'erased' && <CustomerSignals customerId={id} asOf={asOf ?? validAt} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder>
            <Tabs value={tab} onChange={(next) => void navigate({ pathname: `/customers/${id}/${next}`, search: location.search })} keepMounted={false}>
              <Tabs.List aria-label={t('customer.tabs')}>
                <Tabs.Tab value="timeline">{t('customer.tab.timeline')}</Tabs.Tab>
                <Tabs.Tab value="history">{t('customer.tab.history')}</Tabs.Tab>
                <Tabs.Tab value="deals">{t('customer.tab.deals')}</Tabs.Tab>
                {organization && readsModels && <Tabs.Tab value="contacts">{t('customer.tab.contacts')}</Tabs.Tab>}
              </Tabs.List>
              <Tabs.Panel value="timeline" pt="md">
                {readsModels ? <TimelineTab
                    customerId={id}
                    asOf={asOf ?? validAt}
                    organization={organization}
                    absorbed={stateData?.status === 'active' ? stateData.absorbed : undefined}
                    mayVoid={role !== undefined && mayUse(role, 'myDay') && stateData?.status === 'active' && !stateData.mergedInto && !travelled}
                  /> : <Text c="dimmed">{t('error.forbidden')}</Text>}
              </Tabs.Panel>
              <Tabs.Panel value="history" pt="md">
                {readsRecord ? <HistoryTab customerId={id} asOf={asOf} /> : <Text c="dimmed">{t('history.forbidden')}</Text>}
              </Tabs.Panel>
              <Tabs.Panel value="deals" pt="md">
                {readsModels ? <TimelineTab customerId={id} asOf={asOf ?? validAt} deals /> : <Text c="dimmed">{t('error.forbidden')}</Text>}
              </Tabs.Panel>
              {organization && readsModels && (
                <Tabs.Panel value="contacts" pt="md">
                  <ContactsTab organizationId={id} />
                </Tabs.Panel>
              )}
            </Tabs>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
