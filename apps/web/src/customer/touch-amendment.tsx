import { Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { TimelineItem, TimelinePage } from '../api/types.js';
import { ApiError, api } from '../api/http.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';

const READ_BACK_TRIES = 40;
const READ_BACK_MS = 250;

type Amendment = 'voided' | 'corrected';

/**
 * Voiding or correcting a touch: posted to the stream that recorded it (which may be a record
 * merged into this one), marked on the entry at once, then the page's timeline is read again once
 * the projection shows the mark, so the rebuilt line replaces the old one.
 */
function useAmendTouch(pageCustomerId: string, item: TimelineItem, action: 'void' | 'correct', amendment: Amendment, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post(`/customers/${item.customerId}/touches/${item.eventId}/${action}`, body),
    onSuccess: async () => {
      onDone();
      queryClient.setQueriesData<InfiniteData<TimelinePage>>(
        { queryKey: ['customer', pageCustomerId, 'timeline'] },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((entry) => (entry.eventId === item.eventId ? { ...entry, amendment } : entry)),
            })),
          },
      );
      for (let attempt = 0; attempt < READ_BACK_TRIES; attempt += 1) {
        const page = await api.get<TimelinePage>(`/customers/${pageCustomerId}/timeline`, { type: item.type, limit: 50 });
        if (page.items.some((entry) => entry.eventId === item.eventId && entry.amendment === amendment)) break;
        await new Promise((resolve) => setTimeout(resolve, READ_BACK_MS));
      }
      await queryClient.invalidateQueries({ queryKey: ['customer', pageCustomerId] });
    },
  });
}

/**
 * A timeline entry's action button and its dialog: `body` is what the form posts, `fields`
 * renders the inputs given each field's API error; an error naming no shown field shows on top.
 */
export function AmendTouchDialog({
  pageCustomerId,
  item,
  action,
  amendment,
  label,
  title,
  confirm,
  confirmColor,
  shownFields,
  body,
  onOpen,
  onClosed,
  children,
}: {
  pageCustomerId: string;
  item: TimelineItem;
  action: 'void' | 'correct';
  amendment: Amendment;
  label: string;
  title: string;
  confirm: string;
  confirmColor?: string;
  shownFields: readonly string[];
  body: () => Record<string, unknown>;
  onOpen?: () => void;
  onClosed?: () => void;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  // Mounted from the first opening on (then it returns the focus on closing): a page of 30 entries
  // with two closed dialogs each spent a tenth of a second of the customer page's first render on them.
  const [used, setUsed] = useState(false);
  const finish = () => {
    close();
    onClosed?.();
  };
  const amend = useAmendTouch(pageCustomerId, item, action, amendment, finish);
  const errors = amend.error instanceof ApiError ? amend.error.fieldErrors : {};
  const placed = Object.keys(errors).some((field) => shownFields.includes(field));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    amend.mutate(body());
  };
  return (
    <>
      <Button
        variant="subtle"
        size="compact-xs"
        color="gray"
        onClick={() => {
          amend.reset();
          onOpen?.();
          setUsed(true);
          open();
        }}
      >
        {label}
      </Button>
      {used && <Modal opened={opened} onClose={finish} closeButtonProps={{ 'aria-label': t('common.close') }} title={title}>
        <form onSubmit={submit}>
          <Stack>
            {amend.error && !placed && <ErrorNotice error={amend.error} />}
            {children(errors)}
            <Group justify="flex-end">
              <Button variant="default" onClick={finish}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color={confirmColor} loading={amend.isPending}>
                {confirm}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>}
    </>
  );
}
