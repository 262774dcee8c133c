import { Alert, Button, Card, Fieldset, Group, NumberInput, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError, api } from '../../api/http.js';
import { useSegmentList } from '../../api/read-models.js';
import type { Schemas } from '../../api/types.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorNotice } from '../../layout/ErrorNotice.js';

const TRIGGER_KINDS = ['event', 'segment', 'lifecycle', 'signal'] as const;
const ACTION_KINDS = ['task', 'notify', 'message', 'webhook'] as const;
const STAGES = ['lead', 'prospect', 'customer', 'lost'] as const;
const OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'] as const;
/** Each signal type's facts (docs/marketing.md), what a signal trigger's conditions test. */
const SIGNAL_FACTS = {
  'due-to-reorder': ['daysSinceLastPurchase', 'usualGapDays', 'purchaseDays'],
  'high-value-slipping': ['probabilityAlive', 'spent', 'currency', 'daysSinceLastPurchase'],
  'complaint-at-risk': ['oldestOpenComplaintDays', 'openComplaints', 'purchases'],
  'cross-sell': ['boughtSku', 'suggestedSku', 'confidence', 'lift', 'support', 'ordersWithBoth'],
  'stuck-deal': ['stage', 'daysInStage', 'usualDaysInStage', 'stays'],
} as const;
type SignalType = keyof typeof SIGNAL_FACTS;
type TriggerKind = (typeof TRIGGER_KINDS)[number];
type ActionKind = (typeof ACTION_KINDS)[number];
type ConditionRow = { field: string; op: (typeof OPERATORS)[number]; value: string };

/** The segment builder's labels for the operators; `neq` is its `ne`. */
const operatorLabel = (op: ConditionRow['op']) => `segments.op.${op === 'neq' ? 'ne' : op}` as MessageKey;
/** A figure typed as text is sent as a number, as the segment builder does; anything else as text. */
const valueOf = (text: string): string | number => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text.trim());

/** Defines an automation (POST /automations), previewing first how often it would have fired (POST /automations/preview). */
export function NewAutomation() {
  const { t, number } = useI18n();
  const queryClient = useQueryClient();
  const segments = useSegmentList(true);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TriggerKind>('signal');
  const [eventType, setEventType] = useState('');
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [on, setOn] = useState<'enter' | 'exit'>('enter');
  const [to, setTo] = useState<string>('customer');
  const [from, setFrom] = useState<string | null>(null);
  const [signalType, setSignalType] = useState<SignalType>('due-to-reorder');
  const [conditions, setConditions] = useState<ConditionRow[]>([]);
  const [delayMinutes, setDelayMinutes] = useState<number | string>(0);
  const [actionKind, setActionKind] = useState<ActionKind>('task');
  const [action, setAction] = useState({ title: '', dueInMinutes: 1440 as number | string, message: '', channel: 'email', subject: '', body: '', url: '' });
  const [controlShare, setControlShare] = useState<number | string>(0);

  const trigger = () => {
    const tests = conditions.map((condition) => ({
      field: condition.field,
      op: condition.op,
      ...(condition.op === 'exists' ? {} : { value: valueOf(condition.value) }),
    }));
    switch (kind) {
      case 'event':
        return { kind, eventType, conditions: tests };
      case 'segment':
        return { kind, segmentId, on };
      case 'lifecycle':
        return { kind, to, from };
      case 'signal':
        return { kind, signalType, conditions: tests };
    }
  };
  const actionBody = () => {
    switch (actionKind) {
      case 'task':
        return { kind: actionKind, title: action.title, dueInMinutes: Number(action.dueInMinutes) };
      case 'notify':
        return { kind: actionKind, message: action.message };
      case 'message':
        return { kind: actionKind, channel: action.channel, subject: action.subject, body: action.body };
      case 'webhook':
        return { kind: actionKind, url: action.url };
    }
  };
  const definition = () => ({ name, trigger: trigger(), delayMinutes: Number(delayMinutes), action: actionBody(), controlShare: Number(controlShare) });
  const preview = useMutation({ mutationFn: () => api.post<Schemas['AutomationPreviewDto']>('/automations/preview', definition()) });
  const create = useMutation({
    mutationFn: () => api.post<{ id: string }>('/automations', definition()),
    onSuccess: async () => {
      setName('');
      preview.reset();
      await queryClient.invalidateQueries({ queryKey: ['automations'] });
    },
  });
  const failed = create.error ?? preview.error;
  const errors = failed instanceof ApiError ? failed.fieldErrors : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const changeCondition = (index: number, patch: Partial<ConditionRow>) =>
    setConditions(conditions.map((condition, at) => (at === index ? { ...condition, ...patch } : condition)));
  const firstFact = kind === 'signal' ? SIGNAL_FACTS[signalType][0] : '';
  const actionText = (field: 'title' | 'message' | 'subject' | 'url', label: MessageKey, width: number, more: { type?: string; placeholder?: string } = {}) => (
    <TextInput
      label={t(label)}
      value={action[field]}
      onChange={(event) => setAction({ ...action, [field]: event.currentTarget.value })}
      error={errors[`action.${field}`]}
      w={width}
      {...more}
    />
  );

  return (
    <Card withBorder component="section" aria-labelledby="new-automation-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="new-automation-title">
            {t('admin.automations.new')}
          </Title>
          {failed && !(failed instanceof ApiError && failed.body?.errors?.length) && <ErrorNotice error={failed} />}
          <TextInput
            label={t('admin.automations.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            w={340}
            required
          />
          <Fieldset legend={t('admin.automations.when')}>
            <Group align="start">
              <Select
                label={t('admin.automations.triggerKind')}
                data={TRIGGER_KINDS.map((value) => ({ value, label: t(`admin.automations.trigger.${value}`) }))}
                value={kind}
                onChange={(value) => {
                  setKind((value ?? 'event') as TriggerKind);
                  setConditions([]);
                }}
                allowDeselect={false}
                error={errors['trigger.kind']}
                w={280}
              />
              {kind === 'event' && (
                <TextInput
                  label={t('admin.automations.eventType')}
                  placeholder="PurchaseRecorded"
                  value={eventType}
                  onChange={(event) => setEventType(event.currentTarget.value)}
                  error={errors['trigger.eventType']}
                  w={240}
                />
              )}
              {kind === 'segment' && (
                <>
                  <Select
                    label={t('admin.automations.segment')}
                    data={(segments.data ?? []).map((segment) => ({ value: segment.id, label: segment.name }))}
                    value={segmentId}
                    onChange={setSegmentId}
                    error={errors['trigger.segmentId']}
                    w={240}
                  />
                  <Select
                    label={t('admin.automations.on')}
                    data={(['enter', 'exit'] as const).map((value) => ({ value, label: t(`admin.automations.on.${value}`) }))}
                    value={on}
                    onChange={(value) => setOn((value ?? 'enter') as 'enter' | 'exit')}
                    allowDeselect={false}
                    w={160}
                  />
                </>
              )}
              {kind === 'lifecycle' && (
                <>
                  <Select
                    label={t('admin.automations.from')}
                    data={STAGES.map((value) => ({ value, label: t(`stage.${value}`) }))}
                    value={from}
                    onChange={setFrom}
                    clearable
                    placeholder={t('admin.automations.anyStage')}
                    w={180}
                  />
                  <Select
                    label={t('admin.automations.to')}
                    data={STAGES.map((value) => ({ value, label: t(`stage.${value}`) }))}
                    value={to}
                    onChange={(value) => setTo(value ?? 'customer')}
                    allowDeselect={false}
                    error={errors['trigger.to']}
                    w={180}
                  />
                </>
              )}
              {kind === 'signal' && (
                <Select
                  label={t('admin.automations.signalType')}
                  data={(Object.keys(SIGNAL_FACTS) as SignalType[]).map((value) => ({ value, label: t(`signal.${value}`) }))}
                  value={signalType}
                  onChange={(value) => {
                    setSignalType((value ?? 'due-to-reorder') as SignalType);
                    setConditions([]);
                  }}
                  allowDeselect={false}
                  error={errors['trigger.signalType']}
                  w={240}
                />
              )}
            </Group>
            {(kind === 'event' || kind === 'signal') && (
              <Stack gap="xs" mt="sm">
                {conditions.map((condition, index) => (
                  <Group key={index} align="start" role="group" aria-label={t('admin.automations.condition', { number: index + 1 })}>
                    {kind === 'signal' ? (
                      <Select
                        label={t('admin.automations.conditionField')}
                        data={SIGNAL_FACTS[signalType].map((fact) => ({ value: fact, label: t(`signalFact.${fact}`) }))}
                        value={condition.field}
                        onChange={(value) => changeCondition(index, { field: value ?? firstFact })}
                        allowDeselect={false}
                        error={errors[`trigger.conditions.${index}.field`]}
                        w={320}
                      />
                    ) : (
                      <TextInput
                        label={t('admin.automations.conditionField')}
                        placeholder="amount"
                        value={condition.field}
                        onChange={(event) => changeCondition(index, { field: event.currentTarget.value })}
                        error={errors[`trigger.conditions.${index}.field`]}
                        w={240}
                      />
                    )}
                    <Select
                      label={t('segments.op')}
                      data={OPERATORS.map((value) => ({ value, label: t(operatorLabel(value)) }))}
                      value={condition.op}
                      onChange={(value) => changeCondition(index, { op: (value ?? 'eq') as ConditionRow['op'] })}
                      allowDeselect={false}
                      error={errors[`trigger.conditions.${index}.op`]}
                      w={190}
                    />
                    {condition.op !== 'exists' && (
                      <TextInput
                        label={t('segments.value')}
                        value={condition.value}
                        onChange={(event) => changeCondition(index, { value: event.currentTarget.value })}
                        error={errors[`trigger.conditions.${index}.value`]}
                        w={160}
                      />
                    )}
                    <Button mt={25} variant="subtle" color="red" c="red.9" onClick={() => setConditions(conditions.filter((_, at) => at !== index))}>
                      {t('admin.automations.removeCondition', { number: index + 1 })}
                    </Button>
                  </Group>
                ))}
                <Group>
                  <Button variant="default" size="xs" onClick={() => setConditions([...conditions, { field: firstFact, op: 'gte', value: '' }])}>
                    {t('admin.automations.addCondition')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Fieldset>
          <Fieldset legend={t('admin.automations.then')}>
            <Group align="start">
              <NumberInput label={t('admin.automations.delay')} min={0} value={delayMinutes} onChange={setDelayMinutes} error={errors.delayMinutes} w={160} />
              <Select
                label={t('admin.automations.action')}
                data={ACTION_KINDS.map((value) => ({ value, label: t(`admin.automations.kind.${value}`) }))}
                value={actionKind}
                onChange={(value) => setActionKind((value ?? 'task') as ActionKind)}
                allowDeselect={false}
                w={220}
              />
              {actionKind === 'task' && (
                <>
                  {actionText('title', 'admin.automations.taskTitle', 280)}
                  <NumberInput
                    label={t('admin.automations.dueIn')}
                    min={0}
                    value={action.dueInMinutes}
                    onChange={(value) => setAction({ ...action, dueInMinutes: value })}
                    error={errors['action.dueInMinutes']}
                    w={160}
                  />
                </>
              )}
              {actionKind === 'notify' && actionText('message', 'admin.automations.message', 360)}
              {actionKind === 'message' && (
                <>
                  <Select
                    label={t('admin.automations.channel')}
                    data={(['email', 'sms'] as const).map((value) => ({ value, label: t(`channel.${value}`) }))}
                    value={action.channel}
                    onChange={(value) => setAction({ ...action, channel: value ?? 'email' })}
                    allowDeselect={false}
                    w={120}
                  />
                  {actionText('subject', 'admin.automations.subject', 280)}
                  <Textarea
                    label={t('admin.automations.body')}
                    value={action.body}
                    onChange={(event) => setAction({ ...action, body: event.currentTarget.value })}
                    error={errors['action.body']}
                    w={360}
                  />
                </>
              )}
              {actionKind === 'webhook' && actionText('url', 'admin.webhooks.url', 360, { type: 'url', placeholder: 'https://' })}
            </Group>
          </Fieldset>
          <NumberInput
            label={t('admin.automations.controlShare')}
            min={0}
            max={0.5}
            step={0.05}
            decimalScale={2}
            value={controlShare}
            onChange={setControlShare}
            error={errors.controlShare}
            w={220}
          />
          <Group>
            <Button variant="default" onClick={() => preview.mutate()} loading={preview.isPending}>
              {t('admin.automations.preview')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.automations.create')}
            </Button>
          </Group>
          {preview.data && (
            <Alert role="status" color="blue" variant="light">
              {t('admin.automations.previewResult', {
                firings: number(preview.data.firings),
                customers: number(preview.data.customers),
                control: number(preview.data.control),
              })}
            </Alert>
          )}
        </Stack>
      </form>
    </Card>
  );
}
