import { Anchor, Button, Card, Code, Fieldset, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api } from '../api/http.js';
import { useSegmentList } from '../api/read-models.js';
import type { Schemas } from '../api/types.js';
import type { ChartOption } from '../charts/Chart.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import {
  apiPath,
  combinators,
  facts,
  newCondition,
  newGroup,
  operators,
  ruleOf,
  updateAt,
  WINDOWED,
  HORIZON,
  type Condition,
  type Group as RuleGroup,
  type NodePath,
  type RuleNode,
} from './segment-rule.js';

// ECharts loads with a segment's page, not with the list and the builder.
const Chart = lazy(() => import('../charts/Chart.js').then((module) => ({ default: module.Chart })));

const PENDING_TRIES = 40;
const PENDING_MS = 500;
const LIVE_MS = 3_000;
const PREVIEW_DEBOUNCE_MS = 400;
/** Groups nest up to the API's limit of 10 levels, conditions included. */
const MAX_GROUP_DEPTH = 8;
const BUCKETS = ['day', 'week', 'month'] as const;
type Bucket = (typeof BUCKETS)[number];

export default function SegmentsScreen() {
  const params = useParams();
  const id = params['*'];
  return id ? <SegmentPage segmentId={id} /> : <SegmentList />;
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
              <Table.Td>
                <Anchor component={Link} to={`/segments/${segment.id}`}>
                  {segment.name}
                </Anchor>
              </Table.Td>
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

interface Editing {
  root: RuleGroup;
  setRoot: (root: RuleGroup) => void;
  errors: Record<string, string>;
}

function RuleBuilder() {
  const { t, number, dateTime } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [root, setRoot] = useState<RuleGroup>({ kind: 'group', combinator: 'all', children: [newCondition()] });
  const rule = useMemo(() => ruleOf(root), [root]);
  const [previewed] = useDebouncedValue(JSON.stringify(rule), PREVIEW_DEBOUNCE_MS);
  const preview = useQuery({
    queryKey: ['segment-preview', previewed],
    queryFn: () => api.post<Schemas['SegmentPreviewDto']>('/segments/preview', { rule: JSON.parse(previewed) as unknown }),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const save = useMutation({
    mutationFn: () => api.post<{ id: string }>('/segments', { name, rule }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: ['segments'] });
      await navigate(`/segments/${id}`);
    },
  });
  const saveErrors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  // The preview checks the rule as saving would, so its reasons show by the field while typing.
  const previewErrors = preview.error instanceof ApiError && preview.error.status === 400 && !preview.isPlaceholderData ? preview.error.fieldErrors : {};
  const errors = { ...previewErrors, ...saveErrors };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const previewError = preview.error && !(preview.error instanceof ApiError && preview.error.status === 400) ? preview.error : null;
  return (
    <Card withBorder component="section" aria-labelledby="new-segment-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h3" id="new-segment-title">
            {t('segments.new')}
          </Title>
          {save.error && !(save.error instanceof ApiError && save.error.status === 400) && <ErrorNotice error={save.error} />}
          <TextInput label={t('segments.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.name} maw={400} />
          <GroupEditor group={root} path={[]} editing={{ root, setRoot, errors }} />
          <Card withBorder bg="gray.0" role="status" aria-live="polite" aria-atomic>
            {previewError && <ErrorNotice error={previewError} />}
            {preview.data && !preview.isError && (
              <Stack gap={2}>
                <Text fw={600} size="lg">
                  {t('segments.preview.count', { count: number(preview.data.matching), total: number(preview.data.customers) })}
                </Text>
                <Text size="sm" c="dimmed">
                  {preview.data.evaluatedAt ? t('segments.preview.at', { time: dateTime(preview.data.evaluatedAt) }) : t('segments.preview.noEvents')}
                </Text>
              </Stack>
            )}
            {preview.isError && !previewError && <Text c="red.8">{t('segments.preview.invalid')}</Text>}
          </Card>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
          <Text size="sm">{t('segments.ruleJson')}</Text>
          <Code block>{JSON.stringify(rule)}</Code>
        </Stack>
      </form>
    </Card>
  );
}

function GroupEditor({ group, path, editing }: { group: RuleGroup; path: NodePath; editing: Editing }) {
  const { t } = useI18n();
  const { root, setRoot } = editing;
  const update = (change: (node: RuleNode) => RuleNode | null) => setRoot(updateAt(root, path, change));
  const add = (node: RuleNode) => update((current) => (current.kind === 'group' ? { ...current, children: [...current.children, node] } : current));
  const label = path.length === 0 ? t('segments.group.root') : t('segments.group.nested', { path: path.map((index) => index + 1).join('.') });
  const childErrorPath = apiPath(root, path);
  const listError = editing.errors[`${childErrorPath}.${group.combinator === 'not' ? 'not.any' : group.combinator}`];
  return (
    <Fieldset legend={label} variant={path.length === 0 ? 'default' : 'filled'}>
      <Stack>
        <SegmentedControl
          aria-label={t('segments.combinator')}
          value={group.combinator}
          onChange={(combinator) => update((current) => ({ ...(current as RuleGroup), combinator: combinator as RuleGroup['combinator'] }))}
          data={combinators.map((value) => ({ value, label: t(`segments.combinator.${value}`) }))}
        />
        {listError && (
          <Text c="red.8" size="sm">
            {listError}
          </Text>
        )}
        {group.children.map((child, index) => {
          const childPath = [...path, index];
          return child.kind === 'group' ? (
            <GroupEditor key={index} group={child} path={childPath} editing={editing} />
          ) : (
            <ConditionEditor key={index} condition={child} path={childPath} editing={editing} />
          );
        })}
        <Group>
          <Button variant="default" size="xs" onClick={() => add(newCondition())}>
            {t('segments.addCondition')}
          </Button>
          {path.length < MAX_GROUP_DEPTH && (
            <Button variant="default" size="xs" onClick={() => add(newGroup())}>
              {t('segments.addGroup')}
            </Button>
          )}
          {path.length > 0 && (
            <Button variant="subtle" color="red" c="red.9" size="xs" onClick={() => update(() => null)}>
              {t('segments.removeGroup')}
            </Button>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}

function ConditionEditor({ condition, path, editing }: { condition: Condition; path: NodePath; editing: Editing }) {
  const { t } = useI18n();
  const { root, setRoot, errors } = editing;
  const change = (patch: Partial<Condition>) => setRoot(updateAt(root, path, (node) => ({ ...(node as Condition), ...patch })));
  const at = apiPath(root, path);
  const number = path.map((index) => index + 1).join('.');
  return (
    <Group align="start" wrap="wrap" role="group" aria-label={t('segments.condition', { number })}>
      <Select
        label={t('segments.fact')}
        data={facts.map((fact) => ({ value: fact, label: t(`segments.fact.${fact}`) }))}
        value={condition.fact}
        onChange={(fact) => change({ fact: (fact ?? 'attribute') as Condition['fact'] })}
        allowDeselect={false}
        error={errors[`${at}.fact`]}
        w={220}
      />
      {condition.fact === 'attribute' && (
        <TextInput
          label={t('segments.key')}
          value={condition.key}
          onChange={(event) => change({ key: event.currentTarget.value })}
          error={errors[`${at}.key`]}
          w={140}
        />
      )}
      <Select
        label={t('segments.op')}
        data={operators.map((op) => ({ value: op, label: t(`segments.op.${op}`) }))}
        value={condition.op}
        onChange={(op) => change({ op: (op ?? 'eq') as Condition['op'] })}
        allowDeselect={false}
        error={errors[`${at}.op`]}
        w={190}
      />
      {condition.op !== 'exists' && (
        <TextInput
          label={t('segments.value')}
          description={condition.op === 'in' ? t('segments.value.list') : undefined}
          value={condition.value}
          onChange={(event) => change({ value: event.currentTarget.value })}
          error={Object.entries(errors).find(([field]) => field === `${at}.value` || field.startsWith(`${at}.value[`))?.[1] ?? errors[at]}
          w={180}
        />
      )}
      {WINDOWED.has(condition.fact) && (
        <TextInput
          label={t('segments.days')}
          inputMode="numeric"
          value={condition.days}
          onChange={(event) => change({ days: event.currentTarget.value })}
          error={errors[`${at}.days`]}
          w={130}
        />
      )}
      {HORIZON.has(condition.fact) && (
        <TextInput
          label={t('segments.horizonDays')}
          inputMode="numeric"
          placeholder={String(HORIZON.get(condition.fact))}
          value={condition.days}
          onChange={(event) => change({ days: event.currentTarget.value })}
          error={errors[`${at}.days`]}
          w={150}
        />
      )}
      {condition.fact === 'revenue' && (
        <TextInput
          label={t('segments.currency')}
          value={condition.currency}
          onChange={(event) => change({ currency: event.currentTarget.value.toUpperCase() })}
          error={errors[`${at}.currency`]}
          w={100}
        />
      )}
      <Button mt={25} variant="subtle" color="red" c="red.9" onClick={() => setRoot(updateAt(root, path, () => null))}>
        {t('segments.removeCondition', { number })}
      </Button>
    </Group>
  );
}

function SegmentPage({ segmentId }: { segmentId: string }) {
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
      <Anchor component={Link} to="/segments">
        {t('segments.title')}
      </Anchor>
      <Title order={1}>{segment.data?.name ?? '…'}</Title>
      {segment.error && !segment.isFetching && <ErrorNotice error={segment.error} />}
      {segment.data && <Text>{t('segments.matching', { count: number(segment.data.members) })}</Text>}
      {segment.data && <Code block>{JSON.stringify(segment.data.rule)}</Code>}
      {segment.isSuccess && <Movements segmentId={segmentId} />}
      <Title order={2} size="h3">
        {t('segments.members')}
      </Title>
      <Table striped aria-label={t('segments.members')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('segments.col.customer')}</Table.Th>
            <Table.Th>{t('segments.col.enteredAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.data?.members.map((member) => (
            <Table.Tr key={member.customerId}>
              <Table.Td>
                <Anchor component={Link} to={`/customers/${member.customerId}`} ff="monospace">
                  {member.customerId}
                </Anchor>
              </Table.Td>
              <Table.Td>{dateTime(member.enteredAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {members.data?.next && (
        <Text size="sm" c="dimmed">
          {t('segments.membersFirst', { count: number(members.data.members.length) })}
        </Text>
      )}
    </Stack>
  );
}

/** Entries and exits per period, as a chart and as the table that carries the same figures. */
function Movements({ segmentId }: { segmentId: string }) {
  const { t, date, number } = useI18n();
  const [params, setParams] = useSearchParams();
  const bucket: Bucket = BUCKETS.find((value) => value === params.get('bucket')) ?? 'day';
  const movements = useQuery({
    queryKey: ['segment', segmentId, 'movements', bucket],
    queryFn: () => api.get<Schemas['SegmentMovementsDto']>(`/segments/${segmentId}/movements`, { bucket }),
    refetchInterval: LIVE_MS,
  });
  const rows = movements.data?.movements ?? [];
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('segments.entries'), t('segments.exits')] },
      grid: { left: 48, right: 16, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: rows.map((row) => date(row.period)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('segments.entries'), type: 'bar', data: rows.map((row) => row.entries), barMaxWidth: 48, itemStyle: { color: '#2f9e44' } },
        { name: t('segments.exits'), type: 'bar', data: rows.map((row) => row.exits), barMaxWidth: 48, itemStyle: { color: '#e03131' } },
      ],
    }),
    [rows, t, date],
  );
  return (
    <Stack component="section" aria-labelledby="movements-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="movements-title">
          {t('segments.movements')}
        </Title>
        <SegmentedControl
          aria-label={t('segments.bucket')}
          value={bucket}
          onChange={(value) =>
            setParams((current) => {
              current.set('bucket', value);
              return current;
            })
          }
          data={BUCKETS.map((value) => ({ value, label: t(`segments.bucket.${value}`) }))}
        />
      </Group>
      {movements.error && <ErrorNotice error={movements.error} />}
      {movements.isSuccess && rows.length === 0 && <Text c="dimmed">{t('segments.noMovements')}</Text>}
      {rows.length > 0 && (
        <>
          <Suspense fallback={<div style={{ height: 280 }} />}>
            <Chart option={option} label={t('segments.movementsChart')} height={280} />
          </Suspense>
          <Table striped aria-label={t('segments.movements')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('segments.col.period')}</Table.Th>
                <Table.Th>{t('segments.entries')}</Table.Th>
                <Table.Th>{t('segments.exits')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.period}>
                  <Table.Td>{date(row.period)}</Table.Td>
                  <Table.Td>{number(row.entries)}</Table.Td>
                  <Table.Td>{number(row.exits)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
