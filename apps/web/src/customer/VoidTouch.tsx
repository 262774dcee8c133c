import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { TimelineItem, TimelinePage } from '../api/types.js';
import { ApiError, api } from '../api/http.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';

const READ_BACK_TRIES = 40;
const READ_BACK_MS = 250;

/**
 * "Void…" on a timeline entry: a touch recorded by mistake is voided with a reason (TouchVoided on
 * the stream that recorded it, which may be a record merged into this one). The entry is struck
 * through at once, then the page's timeline is read again once the projection shows the void.
 */
export function VoidTouch({ pageCustomerId, item }: { pageCustomerId: string; item: TimelineItem }) {
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const queryClient = useQueryClient();
  const voided = useMutation({
    mutationFn: () => api.post(`/customers/${item.customerId}/touches/${item.eventId}/void`, { reason }),
    onSuccess: async () => {
      close();
      setReason('');
      queryClient.setQueriesData<InfiniteData<TimelinePage>>(
        { queryKey: ['customer', pageCustomerId, 'timeline'] },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((entry) => (entry.eventId === item.eventId ? { ...entry, amendment: 'voided' as const } : entry)),
            })),
          },
      );
      for (let attempt = 0; attempt < READ_BACK_TRIES; attempt += 1) {
        const page = await api.get<TimelinePage>(`/customers/${pageCustomerId}/timeline`, { type: item.type, limit: 50 });
        if (page.items.some((entry) => entry.eventId === item.eventId && entry.amendment === 'voided')) break;
        await new Promise((resolve) => setTimeout(resolve, READ_BACK_MS));
      }
      await queryClient.invalidateQueries({ queryKey: ['customer', pageCustomerId] });
    },
  });
  const reasonError = voided.error instanceof ApiError ? voided.error.fieldErrors.reason : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    voided.mutate();
  };
  return (
    <>
      <Button variant="subtle" size="compact-xs" color="gray" onClick={open}>
        {t('timeline.void')}
      </Button>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('timeline.voidTitle')}>
        <form onSubmit={submit}>
          <Stack>
            {voided.error && !reasonError && <ErrorNotice error={voided.error} />}
            <TextInput
              label={t('timeline.voidReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonError}
              required
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={voided.isPending}>
                {t('timeline.voidConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
