import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { callOutcomes, complaintSeverities, directions } from '#crm/domain';
import type { TimelineItem, TimelinePage, WriteAnswer } from '../api/types.js';
import { ApiError, api } from '../api/http.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { emptyDraft, formFieldOf, formTouchTypes, summaryField, touchBody, type FormTouchType, type TouchDraft } from './touch-form.js';

const eventTypeOf: Record<FormTouchType, string> = {
  call: 'CallLogged', visit: 'VisitRecorded', email: 'EmailLogged', note: 'NoteAdded', complaint: 'ComplaintFiled', purchase: 'PurchaseRecorded', task: 'TaskScheduled',
};
/**
 * The saved touch goes to the top of the timeline at once, marked as saving; the timeline read
 * again then carries the write's position (api/read-your-writes.ts), so it answers with the event,
 * which replaces the placeholder.
 */
async function showAtOnce(queryClient: ReturnType<typeof useQueryClient>, customerId: string, pending: TimelineItem): Promise<void> {
  const timelineKey = ['customer', customerId, 'timeline'];
  queryClient.setQueriesData<InfiniteData<TimelinePage>>({ queryKey: timelineKey }, (data) =>
    data && data.pages.length > 0 && !data.pages[0].items.some((item) => item.eventId === pending.eventId)
      ? { ...data, pages: [{ ...data.pages[0], items: [{ ...pending, pending: true } as TimelineItem, ...data.pages[0].items] }, ...data.pages.slice(1)] }
      : data,
  );
  await queryClient.invalidateQueries({ queryKey: ['customer', customerId] });
}

export function RecordTouch({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  const [draft, setDraft] = useState<TouchDraft>(emptyDraft);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => api.post<WriteAnswer>(`/customers/${customerId}/touches`, touchBody(draft)),
    onSuccess: (answer) => {
      const now = new Date().toISOString();
      close();
      setDraft(emptyDraft);
      void showAtOnce(queryClient, customerId, {
        eventId: answer.eventId,
        customerId,
        type: eventTypeOf[draft.type],
        category: 'touch',
        summary: draft.summary || t(`touch.type.${draft.type}`),
        facts: {},
        channel: null,
        actor: null,
        amount: null,
        occurredAt: draft.occurredAt ? new Date(draft.occurredAt).toISOString() : now,
        recordedAt: now,
        amendment: null,
      });
    },
  });
  const apiErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const errors: Partial<Record<keyof TouchDraft, string>> = {};
  for (const [field, reason] of Object.entries(apiErrors)) errors[formFieldOf(field)] = reason;
  const unplaced = Object.keys(apiErrors).filter((field) => !(formFieldOf(field) in draft));
  const set = (name: keyof TouchDraft) => (value: string | null) => setDraft((current) => ({ ...current, [name]: value ?? '' }));
  const text = (name: keyof TouchDraft) => ({
    value: draft[name],
    error: errors[name],
    onChange: (event: { currentTarget: { value: string } }) => set(name)(event.currentTarget.value),
  });
  const options = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <>
      <Button onClick={open}>{t('touch.record')}</Button>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('touch.record')} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack>
            {save.error && !(save.error instanceof ApiError && save.error.status === 400) && <ErrorNotice error={save.error} />}
            {save.error instanceof ApiError && save.error.status === 400 && (
              <Text c="red" size="sm" role="alert">{t('error.fieldsBelow')} {unplaced.map((field) => `${field}: ${apiErrors[field]}`).join('; ')}</Text>
            )}
            <Select label={t('touch.type')} data={options('touch.type', Object.keys(formTouchTypes))} value={draft.type} onChange={(value) => set('type')(value ?? 'call')} allowDeselect={false} error={errors.type} />
            {summaryField[draft.type] && <Textarea label={t('touch.summary')} autosize minRows={2} {...text('summary')} />}
            <TextInput type="datetime-local" step={1} label={t('touch.occurredAt')} {...text('occurredAt')} />
            {(draft.type === 'call' || draft.type === 'email') && (
              <Select label={t('touch.direction')} data={options('touch.direction', directions)} value={draft.direction} onChange={set('direction')} allowDeselect={false} error={errors.direction} />
            )}
            {draft.type === 'call' && (
              <Group grow>
                <NumberInput label={t('touch.duration')} min={0} value={draft.durationMinutes} onChange={(value) => set('durationMinutes')(String(value))} error={errors.durationMinutes} />
                <Select label={t('touch.outcome')} data={options('touch.outcome', callOutcomes)} value={draft.outcome} onChange={set('outcome')} allowDeselect={false} error={errors.outcome} />
              </Group>
            )}
            {draft.type === 'visit' && (
              <Group grow>
                <TextInput label={t('touch.place')} {...text('place')} />
                <TextInput label={t('touch.attendees')} {...text('attendees')} />
              </Group>
            )}
            {draft.type === 'complaint' && (
              <Group grow>
                <TextInput label={t('touch.category')} {...text('category')} />
                <Select label={t('touch.severity')} data={options('touch.severity', complaintSeverities)} value={draft.severity} onChange={set('severity')} allowDeselect={false} error={errors.severity} />
              </Group>
            )}
            {draft.type === 'purchase' && (
              <Group grow>
                <TextInput label={t('touch.orderId')} {...text('orderId')} />
                <TextInput label={t('touch.amount')} inputMode="decimal" {...text('amount')} />
                <TextInput label={t('touch.currency')} maxLength={3} {...text('currency')} />
              </Group>
            )}
            {draft.type === 'task' && <TextInput type="datetime-local" label={t('touch.dueAt')} {...text('dueAt')} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
              <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
