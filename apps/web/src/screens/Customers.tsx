import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { countryCodes, lifecycleStages } from '#crm/domain';
import type { DirectoryPage } from '../api/types.js';
import { api } from '../api/http.js';
import { useSegmentList, useStaff } from '../api/read-models.js';
import { mayUse, useMe } from '../api/session.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { NewCustomer } from './NewCustomer.js';
import { StageBadge } from '../layout/StageBadge.js';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'stage', 'segment', 'owner', 'country'] as const;

/** Every filter and the page are in the URL, so a search can be linked, reloaded, and gone back to. */
export default function CustomersScreen() {
  const { t, dateTime, locale } = useI18n();
  const me = useMe();
  const staff = useStaff();
  // Countries by their name in the reader's language, in its alphabetical order.
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames(locale, { type: 'region' });
    return countryCodes.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label, locale));
  }, [locale]);
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? undefined]));
  const cursor = params.get('cursor') ?? undefined;
  const [search, setSearch] = useState(filters.q ?? '');
  const segments = useSegmentList(me.data ? mayUse(me.data.role, 'segments') : false);
  const page = useQuery({
    queryKey: ['directory', filters, cursor],
    queryFn: () => api.get<DirectoryPage>('/customers', { ...filters, cursor, limit: PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });

  useEffect(() => setSearch(params.get('q') ?? ''), [params]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    if (!('cursor' in changes)) next.delete('cursor');
    setParams(next);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('customers.title')}</Title>
        {me.data && mayUse(me.data.role, 'myDay') && <NewCustomer />}
      </Group>
      <form role="search" onSubmit={(event) => { event.preventDefault(); update({ q: search.trim() || null }); }}>
        <Group align="end">
          <TextInput
            label={t('customers.search')}
            placeholder={t('customers.searchPlaceholder')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={320}
          />
          <Select
            label={t('customers.stage')}
            clearable
            data={lifecycleStages.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
            value={filters.stage ?? null}
            onChange={(value) => update({ stage: value })}
            w={180}
          />
          {segments.data && (
            <Select
              label={t('customers.segment')}
              clearable
              searchable
              data={segments.data.map((segment) => ({ value: segment.id, label: segment.name }))}
              value={filters.segment ?? null}
              onChange={(value) => update({ segment: value })}
              w={220}
            />
          )}
          <Select
            label={t('customers.owner')}
            placeholder={t('customers.ownerPlaceholder')}
            clearable
            searchable
            data={(staff.data ?? []).map((member) => ({ value: member.staffId, label: member.name ?? member.staffId }))}
            value={filters.owner ?? null}
            onChange={(value) => update({ owner: value })}
            w={240}
          />
          <Select
            label={t('customers.country')}
            clearable
            searchable
            data={countries}
            value={filters.country ?? null}
            onChange={(value) => update({ country: value })}
            w={220}
          />
          <Button type="submit">{t('compliance.search')}</Button>
        </Group>
      </form>
      {page.error && <ErrorNotice error={page.error} />}
      <Table striped highlightOnHover aria-label={t('customers.results')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.col.name')}</Table.Th>
            <Table.Th>{t('customers.col.email')}</Table.Th>
            <Table.Th>{t('customers.col.phone')}</Table.Th>
            <Table.Th>{t('customers.col.city')}</Table.Th>
            <Table.Th>{t('customers.col.stage')}</Table.Th>
            <Table.Th>{t('customers.col.lastTouch')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.data?.items.map((customer) => (
            <Table.Tr key={customer.customerId}>
              <Table.Td>
                <Anchor component={Link} to={`/customers/${customer.customerId}`}>{customer.name}</Anchor>
                {customer.erased && <Badge ml="xs" color="gray" size="xs">{t('customers.erased')}</Badge>}
              </Table.Td>
              <Table.Td>{customer.email}</Table.Td>
              <Table.Td>{customer.phone}</Table.Td>
              <Table.Td>{[customer.city, customer.country].filter(Boolean).join(', ')}</Table.Td>
              <Table.Td>{customer.lifecycle && <StageBadge stage={customer.lifecycle.stage} grade={customer.lifecycle.grade} />}</Table.Td>
              <Table.Td>{customer.lastTouchAt && dateTime(customer.lastTouchAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {page.data?.items.length === 0 && <Text c="dimmed">{t('customers.none')}</Text>}
      <Group>
        {cursor && <Button variant="default" onClick={() => update({ cursor: null })}>{t('common.first')}</Button>}
        {page.data?.nextCursor && <Button variant="default" onClick={() => update({ cursor: page.data.nextCursor })}>{t('common.next')}</Button>}
      </Group>
    </Stack>
  );
}
