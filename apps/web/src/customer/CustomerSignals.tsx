import { Card, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/http.js';
import type { Schemas } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';
import { SignalList } from '../layout/SignalList.js';

/** The customer's current signals (GET /signals?customer=), or those as of the time travelled to, each with why. */
export function CustomerSignals({ customerId, asOf }: { customerId: string; asOf?: string }) {
  const { t } = useI18n();
  const signals = useQuery({
    queryKey: ['signals', 'customer', customerId, asOf ?? 'now'],
    queryFn: () => api.get<Schemas['SignalListDto']>('/signals', { customer: customerId, asOf }),
  });
  return (
    <Card withBorder component="section" aria-labelledby="customer-signals-title">
      <Title order={2} size="h5" id="customer-signals-title" mb="xs">
        {t('customer.signals')}
      </Title>
      {signals.error && <ErrorNotice error={signals.error} />}
      {signals.data &&
        (signals.data.items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('customer.noSignals')}
          </Text>
        ) : (
          <SignalList items={signals.data.items} />
        ))}
    </Card>
  );
}
