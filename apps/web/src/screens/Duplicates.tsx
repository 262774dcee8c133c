import { Anchor, Badge, Button, Group, Modal, Radio, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/http.js';
import type { Schemas } from '../api/types.js';
import { useCustomerNames } from '../customer/customer-queries.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/en.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';

type Pair = Schemas['DuplicatePairDto'];
type PairPage = Schemas['DuplicatesPageDto'];

const PAGE = 50;

/**
 * Candidate duplicates, strongest first, and the merge of a pair: the operator picks the record
 * kept, the other's history moves to it (POST /customers/{kept}/merge), and the kept record's page
 * can undo it. A merged pair leaves this list at once; the projection catches up behind.
 */
export default function DuplicatesScreen() {
  const { t, number } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [merging, setMerging] = useState<Pair | null>(null);
  const [merged, setMerged] = useState<ReadonlySet<string>>(new Set());
  const pages = useInfiniteQuery({
    queryKey: ['duplicates'],
    queryFn: ({ pageParam }) => api.get<PairPage>('/duplicates', { limit: PAGE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const pairKey = (pair: Pair) => `${pair.customerId}/${pair.otherId}`;
  const pairs = (pages.data?.pages.flatMap((page) => page.items) ?? []).filter((pair) => !merged.has(pairKey(pair)));
  const names = useCustomerNames(pairs.flatMap((pair) => [pair.customerId, pair.otherId]));
  const merge = useMutation({
    mutationFn: ({ kept, from }: { pair: Pair; kept: string; from: string }) => api.post(`/customers/${kept}/merge`, { from }),
    onSuccess: async (_answer, { pair, kept }) => {
      setMerged((done) => new Set(done).add(pairKey(pair)));
      setMerging(null);
      await queryClient.invalidateQueries({ queryKey: ['customer', kept] });
      await navigate(`/customers/${kept}`);
    },
  });
  return (
    <Stack>
      <Title order={1}>{t('duplicates.title')}</Title>
      <Text>{t('duplicates.intro')}</Text>
      {pages.error && <ErrorNotice error={pages.error} />}
      <Table striped aria-label={t('duplicates.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('duplicates.col.customer')}</Table.Th>
            <Table.Th>{t('duplicates.col.other')}</Table.Th>
            <Table.Th>{t('duplicates.col.reasons')}</Table.Th>
            <Table.Th>{t('duplicates.col.score')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('duplicates.col.action')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pairs.map((pair) => (
            <Table.Tr key={pairKey(pair)}>
              {[pair.customerId, pair.otherId].map((id) => (
                <Table.Td key={id}>
                  <Anchor component={Link} to={`/customers/${id}`}>
                    {names.nameOf(id)}
                  </Anchor>
                </Table.Td>
              ))}
              <Table.Td>
                <Group gap={4}>
                  {pair.reasons.map((reason) => (
                    <Badge key={reason} variant="light">
                      {t(`duplicates.reason.${reason}` as MessageKey)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{number(pair.score)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  aria-label={t('duplicates.mergePair', { first: names.nameOf(pair.customerId), second: names.nameOf(pair.otherId) })}
                  onClick={() => setMerging(pair)}
                >
                  {t('duplicates.merge')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages.data && pairs.length === 0 && <Text c="dimmed">{t('duplicates.none')}</Text>}
      {pages.hasNextPage && (
        <Button variant="subtle" onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('duplicates.more')}
        </Button>
      )}
      {merging && (
        <MergeDialog
          pair={merging}
          nameOf={names.nameOf}
          pending={merge.isPending}
          error={merge.error}
          onClose={() => {
            setMerging(null);
            merge.reset();
          }}
          onMerge={(kept, from) => merge.mutate({ pair: merging, kept, from })}
        />
      )}
    </Stack>
  );
}

function MergeDialog(props: {
  pair: Pair;
  nameOf: (id: string) => string;
  pending: boolean;
  error: Error | null;
  onClose: () => void;
  onMerge: (kept: string, from: string) => void;
}) {
  const { t } = useI18n();
  const { pair, nameOf } = props;
  const [kept, setKept] = useState(pair.customerId);
  const from = kept === pair.customerId ? pair.otherId : pair.customerId;
  return (
    <Modal opened onClose={props.onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('duplicates.mergeTitle')}>
      <Stack>
        <Radio.Group label={t('duplicates.keep')} value={kept} onChange={setKept}>
          <Stack gap="xs" mt="xs">
            {[pair.customerId, pair.otherId].map((id) => (
              <Radio key={id} value={id} label={nameOf(id)} />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm">{t('duplicates.mergeExplain', { kept: nameOf(kept), from: nameOf(from) })}</Text>
        {props.error && <ErrorNotice error={props.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={props.pending} onClick={() => props.onMerge(kept, from)}>
            {t('duplicates.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
