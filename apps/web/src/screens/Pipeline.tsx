import { Badge, Button, Group, Menu, Paper, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type DragEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/http.js';
import { useStaff, useStaffNames } from '../api/read-models.js';
import type { Schemas } from '../api/types.js';
import { Chart, type ChartOption } from '../charts/Chart.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';

type Board = Schemas['PipelineBoardDto'];
type Column = Board['stages'][number];
type Deal = Column['deals'][number];
type Forecast = Schemas['PipelineForecastDto'];
type Conversion = Schemas['PipelineConversionDto'];

const DRAG_TYPE = 'application/x-crm-deal';

/** Staff names for owner ids; an id stays shown when the staff list is not readable. */
function useOwnerNames() {
  const nameOf = useStaffNames();
  return (id: string) => nameOf(id) ?? id;
}

/** `?team=<manager id>` in the URL: the board, forecast and conversion of that manager's team (`team` on each route). */
function useTeam(): [string | undefined, (team: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const setTeam = (team: string | null) => {
    const updated = new URLSearchParams(params);
    if (team) updated.set('team', team);
    else updated.delete('team');
    setParams(updated);
  };
  return [params.get('team') ?? undefined, setTeam];
}

/** The managers (staff someone reports to) as teams to choose from; none chosen is everyone. */
function TeamFilter() {
  const { t } = useI18n();
  const staff = useStaff();
  const [team, setTeam] = useTeam();
  const managers = [...new Set((staff.data ?? []).flatMap((member) => (member.managerId ? [member.managerId] : [])))];
  const nameOf = useOwnerNames();
  return (
    <Select
      label={t('pipeline.team')}
      placeholder={t('pipeline.everyone')}
      data={managers.map((id) => ({ value: id, label: nameOf(id) })).sort((a, b) => a.label.localeCompare(b.label))}
      value={team ?? null}
      onChange={setTeam}
      clearable
      maw={320}
    />
  );
}

/**
 * A move is shown at once and kept until the board (the projection, which may lag the write) has
 * the deal in its new stage, so a card never jumps back while the read model catches up.
 */
function useBoardWithMoves() {
  const [pending, setPending] = useState<Record<string, string>>({});
  const [team] = useTeam();
  const board = useQuery({
    queryKey: ['pipeline', 'board', team],
    queryFn: () => api.get<Board>('/pipeline/board', { team }),
    refetchInterval: Object.keys(pending).length > 0 ? 500 : 15_000,
  });
  const columns = useMemo(() => {
    if (!board.data) return [];
    const settled = (deal: Deal) => pending[deal.id] === undefined || pending[deal.id] === deal.stage;
    const moving = board.data.stages.flatMap((column) => column.deals.filter((deal) => !settled(deal)));
    return board.data.stages.map((column) => ({
      ...column,
      deals: [...moving.filter((deal) => pending[deal.id] === column.stage).map((deal) => ({ ...deal, stage: column.stage })), ...column.deals.filter(settled)],
    }));
  }, [board.data, pending]);
  const inPlace = board.data?.stages.every((column) => column.deals.every((deal) => pending[deal.id] === undefined || pending[deal.id] === deal.stage));
  if (inPlace && Object.keys(pending).length > 0) setPending({});
  return { board, columns, pending, setPending };
}

export default function PipelineScreen() {
  const { t } = useI18n();
  const { board, columns, pending, setPending } = useBoardWithMoves();
  const [announcement, setAnnouncement] = useState('');
  const [dragOver, setDragOver] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: ({ deal, stage }: { deal: Deal; stage: string }) => api.post(`/opportunities/${deal.id}/stage`, { stage }),
    onMutate: ({ deal, stage }) => setPending((current) => ({ ...current, [deal.id]: stage })),
    onSuccess: (_answer, { deal, stage }) => setAnnouncement(t('pipeline.moved', { deal: deal.interest, stage: t(`dealStage.${stage}` as MessageKey) })),
    onError: (_error, { deal }) =>
      setPending((current) => {
        const { [deal.id]: _dropped, ...rest } = current;
        return rest;
      }),
  });
  const moveTo = (deal: Deal, stage: string) => {
    if (deal.stage !== stage) move.mutate({ deal, stage });
  };

  const onDrop = (event: DragEvent, stage: string) => {
    event.preventDefault();
    setDragOver(null);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    const deal = columns.flatMap((column) => column.deals).find((candidate) => candidate.id === id);
    if (deal) moveTo(deal, stage);
  };

  return (
    <Stack>
      <Title order={1}>{t('nav.pipeline')}</Title>
      <Text size="sm" c="dimmed">
        {t('pipeline.dragHint')}
      </Text>
      <TeamFilter />
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {move.error && <ErrorNotice error={move.error} />}
      {board.error && <ErrorNotice error={board.error} />}
      <section aria-labelledby="pipeline-board">
        <Title order={2} id="pipeline-board" size="h3">
          {t('pipeline.board')}
        </Title>
        <ScrollArea>
          <Group align="flex-start" wrap="nowrap" gap="sm" py="sm">
            {columns.map((column) => (
              <Paper
                key={column.stage}
                withBorder
                p="sm"
                w={260}
                component="section"
                aria-labelledby={`stage-${column.stage}`}
                data-stage={column.stage}
                bg={dragOver === column.stage ? 'var(--mantine-color-blue-light)' : undefined}
                onDragOver={(event: DragEvent) => {
                  if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                  event.preventDefault();
                  setDragOver(column.stage);
                }}
                onDragLeave={() => setDragOver(null)}
                onDrop={(event: DragEvent) => onDrop(event, column.stage)}
              >
                <StageHeader column={column} />
                <Stack gap="xs" mt="xs" component="ul" className="plain-list">
                  {column.deals.length === 0 && (
                    <Text size="sm" c="dimmed" component="li">
                      {t('pipeline.empty')}
                    </Text>
                  )}
                  {column.deals.map((deal) => (
                    <DealCard key={deal.id} deal={deal} stages={columns.map((other) => other.stage)} moving={pending[deal.id] !== undefined} onMove={moveTo} />
                  ))}
                </Stack>
              </Paper>
            ))}
          </Group>
        </ScrollArea>
      </section>
      <ForecastSection />
      <ConversionSection />
    </Stack>
  );
}

function StageHeader({ column }: { column: Column }) {
  const { t, money } = useI18n();
  return (
    <Stack gap={2}>
      <Title order={3} size="h4" id={`stage-${column.stage}`}>
        {t(`dealStage.${column.stage}` as MessageKey)}
      </Title>
      <Text size="xs" c="dimmed">
        {t('pipeline.stageSummary', { probability: column.probability, count: column.count })}
      </Text>
      {!column.defined && (
        <Text size="xs" c="dimmed">
          {t('pipeline.undefinedStage')}
        </Text>
      )}
      {column.totals.map((total) => (
        <Text size="xs" key={total.currency}>
          {money(total.amount.minor, total.currency)} · {t('pipeline.weighted', { amount: money(total.weighted.minor, total.currency) })}
        </Text>
      ))}
    </Stack>
  );
}

function DealCard({ deal, stages, moving, onMove }: { deal: Deal; stages: string[]; moving: boolean; onMove: (deal: Deal, stage: string) => void }) {
  const { t, money, date } = useI18n();
  const ownerName = useOwnerNames();
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      draggable
      data-deal={deal.id}
      aria-busy={moving}
      style={{ cursor: 'grab', opacity: moving ? 0.6 : 1 }}
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.setData(DRAG_TYPE, deal.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <Text fw={600} size="sm">
        {deal.interest}
      </Text>
      <Text size="sm">
        {money(deal.expectedAmount.amount, deal.expectedAmount.currency)} · {deal.probability}%
      </Text>
      {deal.expectedCloseDate && (
        <Text size="xs" c="dimmed">
          {t('pipeline.closes', { date: date(`${deal.expectedCloseDate}T12:00:00Z`) })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('pipeline.cardOwner', { owner: ownerName(deal.ownerId) })}
      </Text>
      {deal.product && (
        <Badge size="xs" variant="light">
          {deal.product}
        </Badge>
      )}
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button size="compact-xs" variant="light" mt={4} aria-label={t('pipeline.moveDeal', { deal: deal.interest })} loading={moving}>
            {moving ? t('pipeline.moving') : t('pipeline.moveTo')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {stages
            .filter((stage) => stage !== deal.stage)
            .map((stage) => (
              <Menu.Item key={stage} onClick={() => onMove(deal, stage)}>
                {t(`dealStage.${stage}` as MessageKey)}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
    </Paper>
  );
}

/** Open and won rows of one grouping of the forecast. */
function useForecast(by: 'month' | 'owner') {
  const [team] = useTeam();
  return useQuery({
    queryKey: ['pipeline', 'forecast', by, team],
    queryFn: () => api.get<Forecast>('/pipeline/forecast', { by, team }),
    refetchInterval: 15_000,
  });
}

function ForecastSection() {
  const { t, money } = useI18n();
  const ownerName = useOwnerNames();
  const byMonth = useForecast('month');
  const byOwner = useForecast('owner');
  const data = byMonth.data;
  // The chart draws one currency (the one with the most expected business); the table shows them all.
  const currency = useMemo(() => {
    const totals = new Map<string, number>();
    for (const row of data?.open ?? []) totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.weighted.minor);
    for (const row of data?.won ?? []) totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.amount.minor);
    return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'EUR';
  }, [data]);
  const option = useMemo<ChartOption>(() => {
    const open = (data?.open ?? []).filter((row) => row.currency === currency);
    const won = (data?.won ?? []).filter((row) => row.currency === currency);
    const months = [...new Set([...open, ...won].map((row) => row.month ?? ''))].sort((a, b) => (a || '9999').localeCompare(b || '9999'));
    // One row per month and currency: the grouping is by month.
    const inMonth = <Row extends { month?: string | null }>(rows: Row[], month: string) => rows.find((row) => (row.month ?? '') === month);
    return {
      tooltip: { trigger: 'axis', valueFormatter: (value) => money(Math.round(Number(value) * 100), currency) },
      legend: { top: 0 },
      grid: { left: 80, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: months.map((month) => month || t('pipeline.noDate')) },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('pipeline.expected'), data: months.map((month) => Number(inMonth(open, month)?.weighted.amount ?? 0)) },
        { type: 'bar', name: t('pipeline.won'), data: months.map((month) => Number(inMonth(won, month)?.amount.amount ?? 0)) },
      ],
    };
  }, [data, currency, money, t]);
  const owners = useMemo(() => {
    const rows = new Map<string, { ownerId: string; currency: string; count: number; amount: number; weighted: number; won: number }>();
    const row = (ownerId: string, currency: string) => {
      const key = `${ownerId} ${currency}`;
      const found = rows.get(key) ?? { ownerId, currency, count: 0, amount: 0, weighted: 0, won: 0 };
      rows.set(key, found);
      return found;
    };
    for (const open of byOwner.data?.open ?? [])
      Object.assign(row(open.ownerId ?? '', open.currency), { count: open.count, amount: open.amount.minor, weighted: open.weighted.minor });
    for (const won of byOwner.data?.won ?? []) row(won.ownerId ?? '', won.currency).won = won.amount.minor;
    return [...rows.values()];
  }, [byOwner.data]);
  const error = byMonth.error ?? byOwner.error;

  return (
    <section aria-labelledby="pipeline-forecast">
      <Title order={2} id="pipeline-forecast" size="h3">
        {t('pipeline.forecast')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('pipeline.forecastHelp')}
      </Text>
      {error && <ErrorNotice error={error} />}
      {data && <Chart option={option} label={t('pipeline.forecastChart')} height={300} />}
      {byOwner.data && (
        <Table striped mt="sm" aria-label={t('pipeline.byOwner')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pipeline.col.owner')}</Table.Th>
              <Table.Th>{t('pipeline.col.open')}</Table.Th>
              <Table.Th>{t('pipeline.col.amount')}</Table.Th>
              <Table.Th>{t('pipeline.col.weighted')}</Table.Th>
              <Table.Th>{t('pipeline.col.won')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {owners.map((owner) => (
              <Table.Tr key={`${owner.ownerId} ${owner.currency}`}>
                <Table.Td>{ownerName(owner.ownerId)}</Table.Td>
                <Table.Td>{owner.count}</Table.Td>
                <Table.Td>{money(owner.amount, owner.currency)}</Table.Td>
                <Table.Td>{money(owner.weighted, owner.currency)}</Table.Td>
                <Table.Td>{money(owner.won, owner.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

function ConversionSection() {
  const { t, number, percent } = useI18n();
  const [team] = useTeam();
  const conversion = useQuery({
    queryKey: ['pipeline', 'conversion', team],
    queryFn: () => api.get<Conversion>('/pipeline/conversion', { team }),
    refetchInterval: 15_000,
  });
  const orDash = (value: number | null, show: (value: number) => string) => (value === null ? '–' : show(value));
  return (
    <section aria-labelledby="pipeline-conversion">
      <Title order={2} id="pipeline-conversion" size="h3">
        {t('pipeline.conversion')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('pipeline.conversionHelp')}
      </Text>
      {conversion.error && <ErrorNotice error={conversion.error} />}
      {conversion.data && (
        <Table striped mt="sm" aria-labelledby="pipeline-conversion">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pipeline.col.stage')}</Table.Th>
              <Table.Th>{t('pipeline.col.entered')}</Table.Th>
              <Table.Th>{t('pipeline.col.conversionRate')}</Table.Th>
              <Table.Th>{t('pipeline.col.winRate')}</Table.Th>
              <Table.Th>{t('pipeline.col.averageDays')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {conversion.data.stages.map((stage) => (
              <Table.Tr key={stage.stage}>
                <Table.Td>{t(`dealStage.${stage.stage}` as MessageKey)}</Table.Td>
                <Table.Td>{number(stage.entered)}</Table.Td>
                <Table.Td>{orDash(stage.conversionRate, percent)}</Table.Td>
                <Table.Td>{orDash(stage.winRate, percent)}</Table.Td>
                <Table.Td>{orDash(stage.averageDaysInStage, (days) => number(Math.round(days * 10) / 10))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
