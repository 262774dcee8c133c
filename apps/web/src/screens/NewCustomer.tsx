import { Button, Modal, SegmentedControl, Stack, TextInput, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Schemas } from '../api/types.js';
import { ApiError, api } from '../api/http.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';

type Draft = { kind: 'person' | 'organization'; name: string; email: string; phone: string; source: string };

export function NewCustomer() {
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  const [draft, setDraft] = useState<Draft>({ kind: 'person', name: '', email: '', phone: '', source: '' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => {
      const body: Pick<Schemas['RegisterCustomerDto'], 'kind' | 'name' | 'source'> & { email?: string; phone?: string } = {
        kind: draft.kind,
        name: draft.name,
        ...(draft.email ? { email: draft.email } : {}),
        ...(draft.phone ? { phone: draft.phone } : {}),
        ...(draft.source ? { source: draft.source } : {}),
      };
      return api.post<{ id: string }>('/customers', body);
    },
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: ['directory'] });
      close();
      await navigate(`/customers/${id}`);
    },
  });
  const errors = create.error instanceof ApiError ? create.error.fieldErrors : {};
  const field = (name: keyof Draft) => ({
    value: draft[name],
    error: errors[name],
    onChange: (event: { currentTarget: { value: string } }) => setDraft({ ...draft, [name]: event.currentTarget.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <>
      <Button onClick={open}>{t('customers.new')}</Button>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('newCustomer.title')}>
        <form onSubmit={submit} noValidate>
          <Stack>
            {create.error && !(create.error instanceof ApiError && create.error.status === 400) && <ErrorNotice error={create.error} />}
            {create.error instanceof ApiError && create.error.status === 400 && <Text c="red" size="sm" role="alert">{t('error.fieldsBelow')}</Text>}
            <SegmentedControl
              aria-label={t('newCustomer.kind')}
              value={draft.kind}
              onChange={(kind) => setDraft({ ...draft, kind: kind as Draft['kind'] })}
              data={[{ value: 'person', label: t('newCustomer.kind.person') }, { value: 'organization', label: t('newCustomer.kind.organization') }]}
            />
            <TextInput label={t('newCustomer.name')} required data-autofocus {...field('name')} />
            <TextInput label={t('newCustomer.email')} type="email" {...field('email')} />
            <TextInput label={t('newCustomer.phone')} type="tel" {...field('phone')} />
            <TextInput label={t('newCustomer.source')} {...field('source')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
              <Button type="submit" loading={create.isPending}>{t('newCustomer.create')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
