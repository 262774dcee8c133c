import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/http.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { useCustomerNames, type CustomerState } from './customer-queries.js';

/**
 * Where a merged person lives now: on a record merged away, a link to the one kept; on the kept
 * one, the records merged into it, each with its undo (POST /customers/{id}/unmerge) for those who
 * may write.
 */
export function MergeNotice({ customerId, state, mayWrite }: { customerId: string; state: CustomerState | undefined; mayWrite: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const mergedInto = state?.status === 'active' ? state.mergedInto : undefined;
  const absorbed = state?.status === 'active' ? (state.absorbed ?? []) : [];
  const names = useCustomerNames([...(mergedInto ? [mergedInto] : []), ...absorbed]);
  const unmerge = useMutation({
    mutationFn: (from: string) => api.post(`/customers/${customerId}/unmerge`, { from }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customer', customerId] }),
  });
  if (mergedInto) {
    return (
      <Alert color="yellow" title={t('customer.mergedAway')}>
        <Anchor component={Link} to={`/customers/${mergedInto}`}>
          {t('customer.mergedInto', { name: names.nameOf(mergedInto) })}
        </Anchor>
      </Alert>
    );
  }
  if (absorbed.length === 0) return null;
  return (
    <Alert color="blue" title={t('customer.absorbedTitle')}>
      <Stack gap="xs">
        {absorbed.map((id) => (
          <Group key={id} justify="space-between">
            <Anchor component={Link} to={`/customers/${id}`}>
              {names.nameOf(id)}
            </Anchor>
            {mayWrite && (
              <Button
                size="xs"
                variant="default"
                loading={unmerge.isPending && unmerge.variables === id}
                aria-label={t('customer.unmergeOne', { name: names.nameOf(id) })}
                onClick={() => unmerge.mutate(id)}
              >
                {t('customer.unmerge')}
              </Button>
            )}
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          {t('customer.absorbedNote')}
        </Text>
        {unmerge.error && <ErrorNotice error={unmerge.error} />}
      </Stack>
    </Alert>
  );
}
