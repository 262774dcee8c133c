import { Anchor, Button, Group, Select, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Schemas } from '../api/types.js';
import { api } from '../api/http.js';
import { Chart, type ChartOption } from '../charts/Chart.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { downloadCsv } from '../layout/csv.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';

type Money = Schemas['ReportMoneyDto'];

const SECTIONS = ['salespeople', 'customers', 'timing', 'revenue', 'deals', 'campaigns', 'lifecycle'] as const;
type Section = (typeof SECTIONS)[number];
const RFM_POPULATION = 10_000;
const ZONES = ['UTC', 'Europe/Madrid', 'Europe/London', 'America/New_York', 'America/Mexico_City', 'Asia/Tokyo'];

function useReport<T>(section: Section, path: string, query: Record<string, string | undefined>, enabled: boolean) {
  return useQuery({ queryKey: ['analytics', section, query], queryFn: () => api.get<T>(path, query), enabled });
}

export default function AnalyticsScreen() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const section = (SECTIONS as readonly string[]).includes(location.pathname.split('/')[2]) ? (location.pathname.split('/')[2] as Section) : 'salespeople';
  const period = { from: params.get('from') ?? undefined, to: params.get('to') ?? undefined };
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  return (
    <Stack>
      <Title order={1}>{t('analytics.title')}</Title>
      <Group align="end">
        <TextInput type="date" label={t('common.from')} value={period.from ?? ''} onChange={(event) => setParam('from', event.currentTarget.value)} />
        <TextInput type="date" label={t('common.to')} value={period.to ?? ''} onChange={(event) => setParam('to', event.currentTarget.value)} />
      </Group>
      <Tabs value={section} onChange={(next) => void navigate({ pathname: `/analytics/${next}`, search: location.search })} keepMounted={false}>
        <Tabs.List aria-label={t('analytics.tabs')}>
          {SECTIONS.map((name) => <Tabs.Tab key={name} value={name}>{t(`analytics.${name}`)}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="salespeople" pt="md"><Salespeople period={period} /></Tabs.Panel>
        <Tabs.Panel value="customers" pt="md"><Customers period={period} /></Tabs.Panel>
        <Tabs.Panel value="timing" pt="md"><Timing period={period} tz={params.get('tz') ?? 'UTC'} onZone={(zone) => setParam('tz', zone)} /></Tabs.Panel>
        <Tabs.Panel value="revenue" pt="md"><Revenue period={period} tz={params.get('tz') ?? 'UTC'} /></Tabs.Panel>
        <Tabs.Panel value="deals" pt="md"><Deals period={period} /></Tabs.Panel>
        <Tabs.Panel value="campaigns" pt="md"><Campaigns period={period} /></Tabs.Panel>
        <Tabs.Panel value="lifecycle" pt="md"><Lifecycle period={period} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

type Period = { from?: string; to?: string };

function Report({ title, error, csv, chart, children }: { title: string; error: unknown; csv?: () => void; chart?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">{title}</Title>
        {csv && <Button variant="default" onClick={csv}>{t('common.downloadCsv')}</Button>}
      </Group>
      {error ? <ErrorNotice error={error} /> : null}
      {chart}
      {children}
    </Stack>
  );
}

const moneyText = (money: (minor: number, currency: string) => string, totals: Money[]) => totals.map((line) => money(line.minor, line.currency)).join(' · ');

/** Sums per currency as a spreadsheet reads them: `2796.95 GBP 10.00 EUR`. */
const amountsText = (totals: Money[]) => totals.map((line) => `${line.amount} ${line.currency}`).join(' ');

function Salespeople({ period }: { period: Period }) {
  const { t, money, number } = useI18n();
  const report = useReport<Schemas['SalespeopleReportDto']>('salespeople', '/analytics/salespeople', period, true);
  const lines = report.data?.salespeople ?? [];
  const who = (line: Schemas['SalespersonFiguresDto']) => line.staffName ?? line.staffId.slice(0, 8);
  const option = useMemo<ChartOption>(() => ({
    tooltip: {},
    grid: { left: 80, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: lines.slice(0, 15).map(who).reverse() },
    series: [{ type: 'bar', name: t('analytics.col.deals'), data: lines.slice(0, 15).map((line) => line.won).reverse() }],
  }), [lines, t]);
  const header = [t('analytics.col.salesperson'), t('analytics.col.touches'), t('analytics.col.deals'), t('analytics.col.revenue')];
  return (
    <Report
      title={t('analytics.salespeople')}
      error={report.error}
      csv={() => downloadCsv('salespeople.csv', header, lines.map((line) => [line.staffId, line.touches, line.won, amountsText(line.wonAmount)]))}
      chart={<Chart option={option} label={t('analytics.chart', { title: t('analytics.salespeople') })} />}
    >
      <Table striped aria-label={t('analytics.salespeople')}>
        <Table.Thead><Table.Tr>{header.map((name) => <Table.Th key={name}>{name}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.staffId ?? 'none'}>
              <Table.Td ff="monospace">{who(line)}</Table.Td>
              <Table.Td>{number(line.touches)}</Table.Td>
              <Table.Td>{number(line.won)}</Table.Td>
              <Table.Td>{moneyText(money, line.wonAmount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Report>
  );
}

function Customers({ period }: { period: Period }) {
  const { t, money, number } = useI18n();
  // The heat map needs the whole population, not the top of the ranking; the API's cap is 10,000.
  const report = useReport<Schemas['CustomerValuesReportDto']>('customers', '/analytics/customers', { ...period, limit: String(RFM_POPULATION) }, true);
  const lines = report.data?.customers ?? [];
  // Customers per (recency, frequency) score: where the best and the slipping customers are.
  const option = useMemo<ChartOption>(() => {
    const cells = new Map<string, number>();
    for (const line of lines) if (line.rfm) cells.set(`${line.rfm.recency}-${line.rfm.frequency}`, (cells.get(`${line.rfm.recency}-${line.rfm.frequency}`) ?? 0) + 1);
    const scores = ['1', '2', '3', '4', '5'];
    const data = [...cells].map(([key, count]) => { const [r, f] = key.split('-').map(Number); return [r - 1, f - 1, count]; });
    return {
      tooltip: {},
      grid: { left: 60, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: scores, name: t('analytics.recency'), nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'category', data: scores, name: t('analytics.frequency'), nameLocation: 'middle', nameGap: 30 },
      visualMap: { min: 0, max: Math.max(1, ...data.map((cell) => cell[2])), calculable: true, orient: 'horizontal', left: 'center', bottom: 0, show: false },
      series: [{ type: 'heatmap', data, label: { show: true } }],
    };
  }, [lines, t]);
  const header = [t('analytics.col.customer'), t('analytics.col.revenue'), t('analytics.col.margin'), t('analytics.col.orders'), 'R', 'F', 'M'];
  return (
    <Report
      title={t('analytics.customers')}
      error={report.error}
      csv={() => downloadCsv('customers.csv', header, lines.map((line) => [line.name ?? line.externalIds[0]?.value ?? line.customerId, line.revenue.amount, line.margin?.amount, line.purchases, line.rfm?.recency, line.rfm?.frequency, line.rfm?.monetary]))}
      chart={<Chart option={option} label={t('analytics.chart', { title: t('analytics.rfm') })} />}
    >
      <Table striped aria-label={t('analytics.customers')}>
        <Table.Thead><Table.Tr>{header.map((name) => <Table.Th key={name}>{name}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {lines.slice(0, 50).map((line) => (
            <Table.Tr key={`${line.customerId}-${line.currency}`}>
              <Table.Td><Anchor component={Link} to={`/customers/${line.customerId}`} ff={line.name ? undefined : 'monospace'}>{line.name ?? line.externalIds[0]?.value ?? line.customerId.slice(0, 8)}</Anchor></Table.Td>
              <Table.Td>{money(line.revenue.minor, line.currency)}</Table.Td>
              <Table.Td>{line.margin === null ? '—' : money(line.margin.minor, line.currency)}</Table.Td>
              <Table.Td>{number(line.purchases)}</Table.Td>
              <Table.Td>{line.rfm?.recency}</Table.Td>
              <Table.Td>{line.rfm?.frequency}</Table.Td>
              <Table.Td>{line.rfm?.monetary}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Report>
  );
}

function Timing({ period, tz, onZone }: { period: Period; tz: string; onZone: (zone: string | null) => void }) {
  const { t, locale } = useI18n();
  const report = useReport<Schemas['TimingReportDto']>('timing', '/analytics/timing', { ...period, tz }, true);
  const weekdays = useMemo(() => [1, 2, 3, 4, 5, 6, 7].map((day) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)))), [locale]);
  const hourly = report.data?.byWeekdayHour ?? [];
  const monthly = report.data?.byMonth ?? [];
  const heat = useMemo<ChartOption>(() => ({
    tooltip: {},
    grid: { left: 60, right: 20, top: 10, bottom: 40 },
    xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, hour) => String(hour)) },
    yAxis: { type: 'category', data: weekdays },
    visualMap: { min: 0, max: Math.max(1, ...hourly.map((line) => line.purchases)), show: false },
    series: [{ type: 'heatmap', data: hourly.map((line) => [line.hour!, line.weekday! - 1, line.purchases]) }],
  }), [hourly, weekdays]);
  const currencies = [...new Set(monthly.flatMap((line) => line.revenue.map((total) => total.currency)))];
  const months = useMemo<ChartOption>(() => ({
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 80, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: monthly.map((line) => line.month!) },
    yAxis: { type: 'value' },
    series: currencies.map((currency) => ({ type: 'bar', name: currency, data: monthly.map((line) => Number(line.revenue.find((total) => total.currency === currency)?.amount ?? 0)) })),
  }), [monthly, currencies]);
  return (
    <Report
      title={t('analytics.timing')}
      error={report.error}
      csv={() => downloadCsv('timing.csv', ['weekday', 'hour', 'purchases', 'revenue', 'wonDeals'], hourly.map((line) => [line.weekday, line.hour, line.purchases, amountsText(line.revenue), line.wonDeals]))}
      chart={
        <>
          <Select label={t('analytics.timezone')} data={ZONES} value={tz} onChange={onZone} allowDeselect={false} w={260} />
          <Title order={3} size="h5">{t('analytics.weekdayHour')}</Title>
          <Chart option={heat} label={t('analytics.chart', { title: t('analytics.weekdayHour') })} height={300} />
          <Title order={3} size="h5">{t('analytics.col.revenue')}</Title>
          <Chart option={months} label={t('analytics.chart', { title: t('analytics.col.revenue') })} height={300} />
        </>
      }
    >
      {null}
    </Report>
  );
}

// What the API groups by, and the label of each choice; attributes are the ones the imports map.
const REVENUE_GROUPINGS = {
  month: 'analytics.by.month',
  weekday: 'analytics.by.weekday',
  hour: 'analytics.by.hour',
  owner: 'analytics.by.owner',
  organization: 'analytics.by.organization',
  sku: 'analytics.by.sku',
  segment: 'analytics.by.segment',
  lifecycle: 'analytics.by.lifecycle',
  'attribute:country': 'analytics.by.country',
} as const satisfies Record<string, MessageKey>;
const DEAL_GROUPINGS = {
  owner: 'analytics.by.owner',
  manager: 'analytics.by.manager',
  region: 'analytics.by.region',
  product: 'analytics.by.product',
  organization: 'analytics.by.organization',
  'attribute:sector': 'analytics.by.sector',
} as const satisfies Record<string, MessageKey>;
// Keys that are ids (staff, organizations, segments) show their first characters, as the salespeople do.
const ID_GROUPINGS = new Set(['owner', 'manager', 'organization', 'segment']);

function GroupBy<T extends Record<string, MessageKey>>({ choices, value, onChange }: { choices: T; value: keyof T & string; onChange: (next: keyof T & string) => void }) {
  const { t } = useI18n();
  return (
    <Select
      label={t('analytics.groupBy')}
      data={Object.entries(choices).map(([by, label]) => ({ value: by, label: t(label) }))}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      w={260}
    />
  );
}

function useGroupLabel(by: string) {
  const { t } = useI18n();
  // A group shows its name (staff, segment, organization for roles that read names), else its source id, else its key.
  return ({ key, name, externalIds }: { key: string | null; name: string | null; externalIds?: { value: string }[] }) => {
    if (key === null) return t('analytics.none');
    if (by === 'lifecycle') return t(`stage.${key}` as MessageKey);
    const named = name ?? externalIds?.[0]?.value;
    if (named !== undefined) return named;
    return ID_GROUPINGS.has(by) ? key.slice(0, 8) : key;
  };
}

function Revenue({ period, tz }: { period: Period; tz: string }) {
  const { t, money, number } = useI18n();
  const [by, setBy] = useState<keyof typeof REVENUE_GROUPINGS>('month');
  const report = useReport<Schemas['RevenueReportDto']>('revenue', '/analytics/revenue', { ...period, tz, by }, true);
  const groups = report.data?.groups ?? [];
  const label = useGroupLabel(by);
  const currencies = [...new Set(groups.map((line) => line.currency))];
  const keys = [...new Set(groups.map((line) => line.key))];
  const option = useMemo<ChartOption>(() => ({
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 80, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: keys.map((key) => label(groups.find((line) => line.key === key)!)) },
    yAxis: { type: 'value' },
    series: currencies.map((currency) => ({
      type: 'bar',
      name: currency,
      data: keys.map((key) => Number(groups.find((line) => line.key === key && line.currency === currency)?.revenue.amount ?? 0)),
    })),
  }), [groups, keys, currencies, label]);
  const header = [t('analytics.col.group'), t('analytics.col.buyers'), t('analytics.col.orders'), t('analytics.col.gross'), t('analytics.col.returns'), t('analytics.col.revenue')];
  return (
    <Report
      title={t('analytics.revenue')}
      error={report.error}
      csv={() =>
        downloadCsv(`revenue-by-${by.replace(':', '-')}.csv`, [...header, 'currency'], groups.map((line) => [label(line), line.customers, line.purchases, line.grossSales.amount, line.returns.amount, line.revenue.amount, line.currency]))
      }
      chart={
        <>
          <GroupBy choices={REVENUE_GROUPINGS} value={by} onChange={setBy} />
          <Chart option={option} label={t('analytics.chart', { title: t('analytics.revenue') })} />
        </>
      }
    >
      <Table striped aria-label={t('analytics.revenue')}>
        <Table.Thead><Table.Tr>{header.map((name) => <Table.Th key={name}>{name}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {groups.map((line) => (
            <Table.Tr key={`${line.key ?? ''}/${line.currency}`}>
              <Table.Td ff={ID_GROUPINGS.has(by) ? 'monospace' : undefined}>{label(line)}</Table.Td>
              <Table.Td>{number(line.customers)}</Table.Td>
              <Table.Td>{number(line.purchases)}</Table.Td>
              <Table.Td>{money(line.grossSales.minor, line.currency)}</Table.Td>
              <Table.Td>{money(line.returns.minor, line.currency)}</Table.Td>
              <Table.Td>{money(line.revenue.minor, line.currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.data && groups.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
    </Report>
  );
}

function Deals({ period }: { period: Period }) {
  const { t, money, number } = useI18n();
  const [by, setBy] = useState<keyof typeof DEAL_GROUPINGS>('product');
  const report = useReport<Schemas['DealsReportDto']>('deals', '/analytics/deals', { ...period, by }, true);
  const groups = report.data?.groups ?? [];
  const label = useGroupLabel(by);
  const option = useMemo<ChartOption>(() => ({
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 80, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: groups.map(label) },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: t('analytics.col.won'), data: groups.map((line) => line.won) },
      { type: 'bar', name: t('analytics.col.lost'), data: groups.map((line) => line.lost) },
    ],
  }), [groups, label, t]);
  const header = [t('analytics.col.group'), t('analytics.col.won'), t('analytics.col.lost'), t('analytics.col.winRate'), t('analytics.col.wonValue')];
  const rate = (value: number | null) => (value === null ? '–' : `${number(Math.round(value * 1000) / 10)} %`);
  return (
    <Report
      title={t('analytics.deals')}
      error={report.error}
      csv={() => downloadCsv(`deals-by-${by.replace(':', '-')}.csv`, header, groups.map((line) => [label(line), line.won, line.lost, line.winRate, amountsText(line.wonAmount)]))}
      chart={
        <>
          <GroupBy choices={DEAL_GROUPINGS} value={by} onChange={setBy} />
          <Chart option={option} label={t('analytics.chart', { title: t('analytics.deals') })} />
        </>
      }
    >
      <Table striped aria-label={t('analytics.deals')}>
        <Table.Thead><Table.Tr>{header.map((name) => <Table.Th key={name}>{name}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {groups.map((line) => (
            <Table.Tr key={line.key ?? ''}>
              <Table.Td ff={ID_GROUPINGS.has(by) ? 'monospace' : undefined}>{label(line)}</Table.Td>
              <Table.Td>{number(line.won)}</Table.Td>
              <Table.Td>{number(line.lost)}</Table.Td>
              <Table.Td>{rate(line.winRate)}</Table.Td>
              <Table.Td>{moneyText(money, line.wonAmount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.data && groups.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
    </Report>
  );
}

function Campaigns({ period }: { period: Period }) {
  const { t, number, money } = useI18n();
  const report = useReport<Schemas['CampaignsReportDto']>('campaigns', '/analytics/campaigns', period, true);
  const lines = report.data?.campaigns ?? [];
  // A campaign sent from here goes by its name; one from elsewhere has only its id.
  const nameOf = (line: (typeof lines)[number]) => line.campaignName ?? line.campaignId;
  const option = useMemo<ChartOption>(() => ({
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 60, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: lines.map((line) => line.campaignName ?? line.campaignId) },
    yAxis: { type: 'value' },
    series: [
      { type: 'bar', name: t('analytics.col.sent'), data: lines.map((line) => line.sent) },
      { type: 'bar', name: t('analytics.col.answered'), data: lines.map((line) => line.answered) },
      { type: 'bar', name: t('analytics.col.purchased'), data: lines.map((line) => line.attributedPurchases) },
    ],
  }), [lines, t]);
  const header = [t('analytics.col.campaign'), t('analytics.col.sent'), t('analytics.col.answered'), t('analytics.col.purchased'), t('analytics.col.revenue')];
  return (
    <Report
      title={t('analytics.campaigns')}
      error={report.error}
      csv={() => downloadCsv('campaigns.csv', header, lines.map((line) => [nameOf(line), line.sent, line.answered, line.attributedPurchases, amountsText(line.attributedRevenue)]))}
      chart={<Chart option={option} label={t('analytics.chart', { title: t('analytics.campaigns') })} />}
    >
      <Table striped aria-label={t('analytics.campaigns')}>
        <Table.Thead><Table.Tr>{header.map((name) => <Table.Th key={name}>{name}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.campaignId}>
              <Table.Td>{nameOf(line)}</Table.Td>
              <Table.Td>{number(line.sent)}</Table.Td>
              <Table.Td>{number(line.answered)}</Table.Td>
              <Table.Td>{number(line.attributedPurchases)}</Table.Td>
              <Table.Td>{moneyText(money, line.attributedRevenue)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.data && lines.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
    </Report>
  );
}

function Lifecycle({ period }: { period: Period }) {
  const { t, number } = useI18n();
  const report = useReport<Schemas['LifecycleSummaryDto']>('lifecycle', '/lifecycle/summary', period, true);
  const stages = Object.entries(report.data?.stages ?? {});
  const flows = report.data?.flows ?? [];
  const stage = (name: string | null) => (name ? t(`stage.${name}` as MessageKey) : '∅');
  const option = useMemo<ChartOption>(() => {
    // A sankey cannot loop, so a stage left is a node apart from the same stage entered.
    const nodes = new Set<string>();
    const links = flows.filter((flow) => flow.from !== flow.to).map((flow) => {
      const source = `${stage(flow.from)} ›`;
      const target = `› ${stage(flow.to)}`;
      nodes.add(source);
      nodes.add(target);
      return { source, target, value: flow.transitions };
    });
    return { tooltip: {}, series: [{ type: 'sankey', data: [...nodes].map((name) => ({ name })), links, emphasis: { focus: 'adjacency' } }] };
  }, [flows, t]);
  const stagesChart = useMemo<ChartOption>(() => ({
    tooltip: {},
    grid: { left: 60, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: stages.map(([name]) => stage(name)) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: stages.map(([, count]) => count) }],
  }), [stages, t]);
  return (
    <Report
      title={t('analytics.lifecycle')}
      error={report.error}
      csv={() => downloadCsv('lifecycle-flows.csv', ['from', 'to', 'transitions'], flows.map((flow) => [flow.from, flow.to, flow.transitions]))}
      chart={
        <>
          <Chart option={stagesChart} label={t('analytics.chart', { title: t('analytics.lifecycle') })} height={260} />
          <Title order={3} size="h5">{t('analytics.flows')}</Title>
          <Chart option={option} label={t('analytics.chart', { title: t('analytics.flows') })} height={320} />
        </>
      }
    >
      <Table striped aria-label={t('analytics.lifecycle')} maw={400}>
        <Table.Thead><Table.Tr><Table.Th>{t('analytics.col.stage')}</Table.Th><Table.Th>{t('analytics.col.count')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {stages.map(([name, count]) => <Table.Tr key={name}><Table.Td>{stage(name)}</Table.Td><Table.Td>{number(count)}</Table.Td></Table.Tr>)}
        </Table.Tbody>
      </Table>
    </Report>
  );
}
