import { Badge, Button, Card, Group, Modal, PasswordInput, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/http.js';
import type { Schemas } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorNotice } from '../../layout/ErrorNotice.js';

type User = Schemas['UserDto'];
type Role = User['role'];
const ROLES: readonly Role[] = ['operator', 'analyst', 'compliance', 'admin'];

function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => api.get<User[]>('/users') });
}

/** Staff who sign in: create with a role and a manager, disable or enable, reset a password. */
export function UsersPanel() {
  const { t, date } = useI18n();
  const queryClient = useQueryClient();
  const users = useUsers();
  const [resetting, setResetting] = useState<User | null>(null);
  const toggle = useMutation({
    mutationFn: (user: User) => api.post<User>(`/users/${user.staffId}/${user.disabledAt ? 'enable' : 'disable'}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <Stack>
      {users.error && <ErrorNotice error={users.error} />}
      {toggle.error && <ErrorNotice error={toggle.error} />}
      <Table striped aria-label={t('admin.section.users')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.users.name')}</Table.Th>
            <Table.Th>{t('admin.users.email')}</Table.Th>
            <Table.Th>{t('admin.users.role')}</Table.Th>
            <Table.Th>{t('admin.col.created')}</Table.Th>
            <Table.Th>{t('admin.col.status')}</Table.Th>
            <Table.Th>{t('admin.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.data?.map((user) => (
            <Table.Tr key={user.staffId}>
              <Table.Td>{user.name}</Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`role.${user.role}`)}</Table.Td>
              <Table.Td>{date(user.createdAt)}</Table.Td>
              <Table.Td>
                {user.disabledAt ? (
                  <Badge color="gray" c="dark.7" variant="light">
                    {t('admin.users.disabled')}
                  </Badge>
                ) : (
                  <Badge color="teal" c="dark.7" variant="light">
                    {t('admin.users.active')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => toggle.mutate(user)}
                    aria-label={t(user.disabledAt ? 'admin.users.enableNamed' : 'admin.users.disableNamed', { name: user.name })}
                  >
                    {t(user.disabledAt ? 'admin.users.enable' : 'admin.users.disable')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setResetting(user)} aria-label={t('admin.users.resetNamed', { name: user.name })}>
                    {t('admin.users.reset')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {resetting && <ResetPassword user={resetting} onClose={() => setResetting(null)} />}
      <NewUser users={users.data ?? []} />
    </Stack>
  );
}

function NewUser({ users }: { users: User[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const blank = { email: '', name: '', role: 'operator' as Role, managerId: null as string | null, password: '' };
  const [form, setForm] = useState(blank);
  const create = useMutation({
    mutationFn: () => api.post<User>('/users', { ...form, managerId: form.managerId ?? undefined }),
    onSuccess: async () => {
      setForm(blank);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const errors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-user-title">
      <form onSubmit={submit} noValidate>
        <Stack maw={480}>
          <Title order={2} size="h3" id="new-user-title">
            {t('admin.users.new')}
          </Title>
          {create.error && !(create.error instanceof ApiError && create.error.status === 400 && create.error.body?.errors?.length) && (
            <ErrorNotice error={create.error} />
          )}
          {create.isSuccess && <div role="status">{t('admin.users.created', { name: create.data.name })}</div>}
          <TextInput
            label={t('admin.users.name')}
            value={form.name}
            onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
            error={errors.name}
            required
          />
          <TextInput
            label={t('admin.users.email')}
            type="email"
            value={form.email}
            onChange={(event) => setForm({ ...form, email: event.currentTarget.value })}
            error={errors.email}
            required
          />
          <Select
            label={t('admin.users.role')}
            data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            value={form.role}
            onChange={(role) => setForm({ ...form, role: (role ?? 'operator') as Role })}
            allowDeselect={false}
            error={errors.role}
          />
          <Select
            label={t('admin.users.manager')}
            placeholder={t('admin.users.noManager')}
            data={users.map((user) => ({ value: user.staffId, label: user.name }))}
            value={form.managerId}
            onChange={(managerId) => setForm({ ...form, managerId })}
            clearable
            searchable
            error={errors.managerId}
          />
          <PasswordInput
            label={t('admin.users.password')}
            value={form.password}
            onChange={(event) => setForm({ ...form, password: event.currentTarget.value })}
            error={errors.password}
            required
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('admin.users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function ResetPassword({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const reset = useMutation({ mutationFn: () => api.post<User>(`/users/${user.staffId}/password`, { password }), onSuccess: onClose });
  const errors = reset.error instanceof ApiError ? reset.error.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('admin.users.resetNamed', { name: user.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {reset.error && !errors.password && <ErrorNotice error={reset.error} />}
          <PasswordInput
            label={t('admin.users.newPassword')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.password}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('admin.users.reset')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
