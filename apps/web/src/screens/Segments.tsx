import { ActionIcon, Anchor, Button, Card, Code, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../api/http.js';
import { useSegmentList } from '../api/read-models.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { combinators, facts, newCondition, operators, ruleOf, type Condition, type RuleDraft } from './segment-rule.js';

const PENDING_TRIES = 40;
const PENDING_MS = 500;
const LIVE_MS = 3_000;

export default function SegmentsScreen() {
  const params = useParams();
  const id = params['*'];
  return id ? <SegmentMembers segmentId={id} /> : <SegmentList />;
}

function SegmentList() {
  const { t, number, date } = useI18n();
  const segments = useSegmentList(true);
  return (
    <Stack>
      <Title order={1}>{t('segments.title')}</Title>
      {segments.error && <ErrorNotice error={segments.error} />}
      <Table striped aria-label={t('segments.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('segments.col.name')}</Table.Th>
            <Table.Th>{t('segments.col.members')}</Table.Th>
            <Table.Th>{t('common.from')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {segments.data?.map((segment) => (
            <Table.Tr key={segment.id}>
              <Table.Td><Anchor component={Link} to={`/segments/${segment.id}`}>{segment.name}</Anchor></Table.Td>
              <Table.Td>{number(segment.members)}</Table.Td>
              <Table.Td>{date(segment.definedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {segments.data?.length === 0 && <Text c="dimmed">{t('segments.none')}</Text>}
      <RuleBuilder />
    </Stack>
  );
}

function RuleBuilder() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [draft, setDraft] = useState<RuleDraft>({ combinator: 'all', conditions: [newCondition()] });
  const save = useMutation({
    mutationFn: () => api.post<{ id: string }>('/segments', { name, rule: ruleOf(draft) }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: ['segments'] });
      await navigate(`/segments/${id}`);
    },
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const change = (index: number, patch: Partial<Condition>) =>
    setDraft({ ...draft, conditions: draft.conditions.map((condition, at) => (at === index ? { ...condition, ...patch } : condition)) });
  const nodePath = (index: number) => (draft.combinator === 'not' ? `rule.not.all[${index}]` : `rule.${draft.combinator}[${index}]`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-segment-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="new-segment-title">{t('segments.new')}</Title>
          {save.error && !(save.error instanceof ApiError && save.error.status === 400) && <ErrorNotice error={save.error} />}
          <TextInput label={t('segments.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.name} maw={400} />
          <SegmentedControl
            aria-label={t('segments.combinator')}
            value={draft.combinator}
            onChange={(combinator) => setDraft({ ...draft, combinator: combinator as RuleDraft['combinator'] })}
            data={combinators.map((value) => ({ value, label: t(`segments.combinator.${value}`) }))}
            w={240}
          />
          {draft.conditions.map((condition, index) => {
            const path = nodePath(index);
            return (
              <Group key={index} align="start">
                <Select label={t('segments.fact')} data={[...facts]} value={condition.fact} onChange={(fact) => change(index, { fact: (fact ?? 'attribute') as Condition['fact'] })} allowDeselect={false} error={errors[`${path}.fact`]} w={200} />
                {condition.fact === 'attribute' && <TextInput label={t('segments.key')} value={condition.key} onChange={(event) => change(index, { key: event.currentTarget.value })} error={errors[`${path}.key`]} w={140} />}
                <Select label={t('segments.op')} data={[...operators]} value={condition.op} onChange={(op) => change(index, { op: (op ?? 'eq') as Condition['op'] })} allowDeselect={false} error={errors[`${path}.op`]} w={110} />
                {condition.op !== 'exists' && <TextInput label={t('segments.value')} value={condition.value} onChange={(event) => change(index, { value: event.currentTarget.value })} error={errors[`${path}.value`] ?? errors[path]} w={200} />}
                <ActionIcon mt={28} variant="subtle" color="red" aria-label={t('segments.removeCondition', { number: index + 1 })} onClick={() => setDraft({ ...draft, conditions: draft.conditions.filter((_, at) => at !== index) })}>×</ActionIcon>
              </Group>
            );
          })}
          <Group>
            <Button variant="default" onClick={() => setDraft({ ...draft, conditions: [...draft.conditions, newCondition()] })}>{t('segments.addCondition')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
          <Code block>{JSON.stringify(ruleOf(draft))}</Code>
        </Stack>
      </form>
    </Card>
  );
}

function SegmentMembers({ segmentId }: { segmentId: string }) {
  const { t, dateTime, number } = useI18n();
  // A segment just defined exists once the projection has applied it, and its members follow
  // as they are evaluated: until then the page asks again.
  const segment = useQuery({
    queryKey: ['segment', segmentId],
    queryFn: () => api.get<{ name: string; members: number; rule: unknown }>(`/segments/${segmentId}`),
    retry: (failures, error) => error instanceof ApiError && error.status === 404 && failures < PENDING_TRIES,
    retryDelay: PENDING_MS,
    refetchInterval: LIVE_MS,
  });
  const members = useQuery({
    queryKey: ['segment', segmentId, 'members'],
    queryFn: () => api.get<{ members: { customerId: string; enteredAt: string }[]; next: string | null }>(`/segments/${segmentId}/members`, { limit: 100 }),
    enabled: segment.isSuccess,
    refetchInterval: LIVE_MS,
  });
  return (
    <Stack>
      <Anchor component={Link} to="/segments">{t('segments.title')}</Anchor>
      <Title order={1}>{segment.data?.name ?? '…'}</Title>
      {segment.error && !segment.isFetching && <ErrorNotice error={segment.error} />}
      {segment.data && <Text>{t('segments.matching', { count: number(segment.data.members) })}</Text>}
      {segment.data && <Code block>{JSON.stringify(segment.data.rule)}</Code>}
      <Title order={2} size="h3">{t('segments.members')}</Title>
      <Table striped aria-label={t('segments.members')}>
        <Table.Tbody>
          {members.data?.members.map((member) => (
            <Table.Tr key={member.customerId}>
              <Table.Td><Anchor component={Link} to={`/customers/${member.customerId}`} ff="monospace">{member.customerId}</Anchor></Table.Td>
              <Table.Td>{dateTime(member.enteredAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
