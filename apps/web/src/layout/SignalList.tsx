import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Schemas } from '../api/types.js';
import type { MessageKey } from '../i18n/en.js';
import { useI18n, type I18n } from '../i18n/i18n.js';

type Signal = Schemas['SignalDto'];

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/**
 * The signal's explanation in the reader's language, built from its type and figures. The
 * server's English sentence stands in when a figure it needs is missing (a type added later).
 */
export function signalSentence({ t, number, percent, money }: I18n, { type, facts, explanation }: Signal): string {
  const figure = (key: string) => (typeof facts[key] === 'number' ? (facts[key] as number) : null);
  const text = (key: string) => (typeof facts[key] === 'string' ? (facts[key] as string) : null);
  switch (type) {
    case 'due-to-reorder': {
      const [days, gap, purchaseDays] = [figure('daysSinceLastPurchase'), figure('usualGapDays'), figure('purchaseDays')];
      if (days === null || gap === null || purchaseDays === null) break;
      return t('signal.sentence.due-to-reorder', { days: number(days), gap: number(gap), gaps: number(purchaseDays - 1) });
    }
    case 'high-value-slipping': {
      const [alive, spent, days, currency] = [figure('probabilityAlive'), figure('spent'), figure('daysSinceLastPurchase'), text('currency')];
      if (alive === null || spent === null || days === null) break;
      return t('signal.sentence.high-value-slipping', {
        spent: currency ? money(spent, currency) : number(spent),
        alive: number(twoDecimals(alive)),
        days: number(days),
      });
    }
    case 'complaint-at-risk': {
      const [days, open, purchases] = [figure('oldestOpenComplaintDays'), figure('openComplaints'), figure('purchases')];
      if (days === null || open === null || purchases === null) break;
      return t('signal.sentence.complaint-at-risk', { days: number(days), open: number(open), purchases: number(purchases) });
    }
    case 'cross-sell': {
      const [bought, suggested, confidence, lift] = [text('boughtSku'), text('suggestedSku'), figure('confidence'), figure('lift')];
      if (bought === null || suggested === null || confidence === null || lift === null) break;
      return t('signal.sentence.cross-sell', { bought, suggested, confidence: percent(confidence), lift: number(twoDecimals(lift)) });
    }
    case 'stuck-deal': {
      const [stage, days, usual, stays] = [text('stage'), figure('daysInStage'), figure('usualDaysInStage'), figure('stays')];
      if (stage === null || days === null || usual === null || stays === null) break;
      return t('signal.sentence.stuck-deal', { stage: t(`dealStage.${stage}` as MessageKey), days: number(days), usual: number(usual), stays: number(stays) });
    }
  }
  return explanation;
}

/** Signals as a list: each one's type, its customer (when `nameOf` is given) and why, in the reader's language. */
export function SignalList({ items, nameOf }: { items: Signal[]; nameOf?: (customerId: string) => string }) {
  const i18n = useI18n();
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <li key={item.id}>
          <Group gap="xs">
            <Badge size="sm" variant="light">
              {i18n.t(`signal.${item.type}` as MessageKey)}
            </Badge>
            {nameOf && (
              <Anchor component={Link} to={`/customers/${item.customerId}`}>
                {nameOf(item.customerId)}
              </Anchor>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {signalSentence(i18n, item)}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
