import { Alert, Badge, Button, Card, Code, CopyButton, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/http.js';
import type { Schemas } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorNotice } from '../../layout/ErrorNotice.js';

type ApiKey = Schemas['ApiKeyDto'];
type Role = ApiKey['role'];
const ROLES: readonly Role[] = ['operator', 'analyst', 'compliance', 'admin'];

/** API keys for programs: a new key is shown once (only its hash is stored), and revoking is immediate. */
export function ApiKeysPanel() {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => api.get<ApiKey[]>('/api-keys') });
  const revoke = useMutation({
    mutationFn: (id: string) => api.post<ApiKey>(`/api-keys/${id}/revoke`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
  return (
    <Stack>
      <NewKey />
      {keys.error && <ErrorNotice error={keys.error} />}
      {revoke.error && <ErrorNotice error={revoke.error} />}
      <Table striped aria-label={t('admin.section.keys')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.keys.name')}</Table.Th>
            <Table.Th>{t('admin.users.role')}</Table.Th>
            <Table.Th>{t('admin.col.created')}</Table.Th>
            <Table.Th>{t('admin.keys.lastUsed')}</Table.Th>
            <Table.Th>{t('admin.col.status')}</Table.Th>
            <Table.Th>{t('admin.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.data?.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Td>{key.name}</Table.Td>
              <Table.Td>{t(`role.${key.role}`)}</Table.Td>
              <Table.Td>{dateTime(key.createdAt)}</Table.Td>
              <Table.Td>{key.lastUsedAt ? dateTime(key.lastUsedAt) : t('admin.keys.neverUsed')}</Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Badge color="gray" c="dark.7" variant="light">
                    {t('admin.keys.revokedAt', { time: dateTime(key.revokedAt) })}
                  </Badge>
                ) : (
                  <Badge color="teal" c="dark.7" variant="light">
                    {t('admin.users.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {!key.revokedAt && (
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    onClick={() => revoke.mutate(key.id)}
                    aria-label={t('admin.keys.revokeNamed', { name: key.name })}
                  >
                    {t('admin.keys.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function NewKey() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('operator');
  const create = useMutation({
    mutationFn: () => api.post<Schemas['CreatedApiKeyDto']>('/api-keys', { name, role }),
    onSuccess: async () => {
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const errors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-key-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="new-key-title">
            {t('admin.keys.new')}
          </Title>
          {create.error && !(create.error instanceof ApiError && create.error.body?.errors?.length) && <ErrorNotice error={create.error} />}
          <Group align="end">
            <TextInput
              label={t('admin.keys.name')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errors.name}
              w={280}
              required
            />
            <Select
              label={t('admin.users.role')}
              data={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
              value={role}
              onChange={(value) => setRole((value ?? 'operator') as Role)}
              allowDeselect={false}
              error={errors.role}
              w={200}
            />
            <Button type="submit" loading={create.isPending}>
              {t('admin.keys.create')}
            </Button>
          </Group>
          {create.data && (
            <Alert
              color="yellow"
              role="status"
              styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
              title={t('admin.keys.createdTitle', { name: create.data.name })}
            >
              <Stack gap="xs">
                <Text size="sm">{t('admin.keys.shownOnce')}</Text>
                <Group>
                  <Code>{create.data.key}</Code>
                  <CopyButton value={create.data.key}>
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
