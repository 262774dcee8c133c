import { Alert, Badge, Button, Card, Code, CopyButton, Group, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/http.js';
import type { Schemas } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorNotice } from '../../layout/ErrorNotice.js';

type Webhook = Schemas['WebhookDto'];
interface Delivery {
  eventId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'parked';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  updatedAt: string;
}

const DELIVERY_COLORS: Record<Delivery['status'], string> = { delivered: 'teal', pending: 'yellow', parked: 'red' };

/** Subscriptions to event types, their deliveries, and unsubscribing. */
export function WebhooksPanel() {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<Webhook | null>(null);
  const webhooks = useQuery({ queryKey: ['webhooks'], queryFn: () => api.get<Schemas['WebhookListDto']>('/webhooks') });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/webhooks/${id}`),
    onSuccess: (_, id) => {
      if (shown?.id === id) setShown(null);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
  return (
    <Stack>
      <NewWebhook eventTypes={webhooks.data?.eventTypes ?? []} />
      {webhooks.error && <ErrorNotice error={webhooks.error} />}
      {remove.error && <ErrorNotice error={remove.error} />}
      <Table striped aria-label={t('admin.section.webhooks')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.webhooks.url')}</Table.Th>
            <Table.Th>{t('admin.webhooks.eventTypes')}</Table.Th>
            <Table.Th>{t('admin.col.created')}</Table.Th>
            <Table.Th>{t('admin.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {webhooks.data?.webhooks.map((webhook) => (
            <Table.Tr key={webhook.id}>
              <Table.Td ff="monospace">{webhook.url}</Table.Td>
              <Table.Td>{webhook.eventTypes.join(', ')}</Table.Td>
              <Table.Td>{dateTime(webhook.createdAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setShown(webhook)}
                    aria-label={t('admin.webhooks.deliveriesOf', { url: webhook.url })}
                    aria-pressed={shown?.id === webhook.id}
                  >
                    {t('admin.webhooks.deliveries')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    onClick={() => remove.mutate(webhook.id)}
                    aria-label={t('admin.webhooks.deleteNamed', { url: webhook.url })}
                  >
                    {t('admin.webhooks.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {webhooks.data?.webhooks.length === 0 && <Text c="dimmed">{t('admin.webhooks.none')}</Text>}
      {shown && <Deliveries webhook={shown} />}
    </Stack>
  );
}

function Deliveries({ webhook }: { webhook: Webhook }) {
  const { t, dateTime, number } = useI18n();
  const deliveries = useQuery({
    queryKey: ['webhooks', webhook.id, 'deliveries'],
    queryFn: () => api.get<{ deliveries: Delivery[] }>(`/webhooks/${webhook.id}/deliveries`),
    refetchInterval: 5_000,
  });
  const title = t('admin.webhooks.deliveriesOf', { url: webhook.url });
  return (
    <Stack component="section" aria-label={title}>
      <Title order={2} size="h3">
        {title}
      </Title>
      {deliveries.error && <ErrorNotice error={deliveries.error} />}
      {deliveries.data?.deliveries.length === 0 && <Text c="dimmed">{t('admin.webhooks.noDeliveries')}</Text>}
      {!!deliveries.data?.deliveries.length && (
        <Table striped aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.webhooks.event')}</Table.Th>
              <Table.Th>{t('admin.col.status')}</Table.Th>
              <Table.Th>{t('admin.webhooks.attempts')}</Table.Th>
              <Table.Th>{t('admin.webhooks.lastAnswer')}</Table.Th>
              <Table.Th>{t('admin.webhooks.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.data.deliveries.map((delivery) => (
              <Table.Tr key={delivery.eventId}>
                <Table.Td>{delivery.eventType}</Table.Td>
                <Table.Td>
                  <Badge color={DELIVERY_COLORS[delivery.status]} c="dark.7" variant="light">
                    {t(`admin.webhooks.status.${delivery.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{number(delivery.attempts)}</Table.Td>
                <Table.Td>{[delivery.lastStatusCode, delivery.lastError].filter((part) => part !== null).join(' · ')}</Table.Td>
                <Table.Td>{dateTime(delivery.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function NewWebhook({ eventTypes }: { eventTypes: string[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => api.post<{ id: string; url: string; secret: string }>('/webhooks', { url, eventTypes: types }),
    onSuccess: async () => {
      setUrl('');
      setTypes([]);
      await queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
  const errors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-webhook-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="new-webhook-title">
            {t('admin.webhooks.new')}
          </Title>
          {create.error && !(create.error instanceof ApiError && create.error.body?.errors?.length) && <ErrorNotice error={create.error} />}
          <Group align="start">
            <TextInput
              label={t('admin.webhooks.url')}
              type="url"
              placeholder="https://"
              value={url}
              onChange={(event) => setUrl(event.currentTarget.value)}
              error={errors.url}
              w={340}
              required
            />
            <MultiSelect
              label={t('admin.webhooks.eventTypes')}
              data={eventTypes}
              value={types}
              onChange={setTypes}
              searchable
              error={errors.eventTypes}
              w={360}
              required
            />
          </Group>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('admin.webhooks.create')}
            </Button>
          </Group>
          {create.data && (
            <Alert
              color="yellow"
              role="status"
              styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
              title={t('admin.webhooks.createdTitle', { url: create.data.url })}
            >
              <Stack gap="xs">
                <Text size="sm">{t('admin.webhooks.secretOnce')}</Text>
                <Group>
                  <Code>{create.data.secret}</Code>
                  <CopyButton value={create.data.secret}>
                    {({ copied, copy }) => (
                      <Button size="xs" variant="default" onClick={copy}>
                        {copied ? t('admin.copied') : t('admin.copy')}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
