import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/http.js';
import { useI18n } from '../i18n/i18n.js';
import { downloadText } from '../layout/download.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';

export function ComplianceActions({ customerId, name }: { customerId: string; name: string }) {
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const queryClient = useQueryClient();
  const exported = useMutation({
    mutationFn: () => api.get<unknown>(`/customers/${customerId}/export`, { reason: 'subject access request (console)' }),
    onSuccess: (body) => downloadText(`customer-${customerId}.json`, JSON.stringify(body, null, 2), 'application/json'),
  });
  const erase = useMutation({
    mutationFn: () => api.post(`/customers/${customerId}/erasure`),
    onSuccess: async () => {
      close();
      await queryClient.invalidateQueries({ queryKey: ['customer', customerId] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed === name) erase.mutate();
  };
  return (
    <Group>
      <Button variant="default" onClick={() => exported.mutate()} loading={exported.isPending}>{t('compliance.export')}</Button>
      <Button color="red" variant="light" onClick={open}>{t('compliance.erase')}</Button>
      {exported.error && <ErrorNotice error={exported.error} />}
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('compliance.erase')}>
        <form onSubmit={submit}>
          <Stack>
            <Alert color="red">{t('compliance.eraseWarning')}</Alert>
            {erase.error && <ErrorNotice error={erase.error} />}
            <Text size="sm" fw={600}>{name}</Text>
            <TextInput label={t('compliance.eraseConfirm')} value={typed} onChange={(event) => setTyped(event.currentTarget.value)} autoComplete="off" />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
              <Button type="submit" color="red" disabled={typed !== name} loading={erase.isPending}>{t('compliance.erase')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
