import { TextInput } from '@mantine/core';
import { useState } from 'react';
import type { TimelineItem } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { AmendTouchDialog } from './touch-amendment.js';

/** "Void…" on a timeline entry: a touch recorded by mistake is voided with a reason (TouchVoided). */
export function VoidTouch({ pageCustomerId, item }: { pageCustomerId: string; item: TimelineItem }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <AmendTouchDialog
      pageCustomerId={pageCustomerId}
      item={item}
      action="void"
      amendment="voided"
      label={t('timeline.void')}
      title={t('timeline.voidTitle')}
      confirm={t('timeline.voidConfirm')}
      confirmColor="red"
      shownFields={['reason']}
      body={() => ({ reason })}
      onClosed={() => setReason('')}
    >
      {(errors) => (
        <TextInput
          label={t('timeline.voidReason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason}
          required
          data-autofocus
        />
      )}
    </AmendTouchDialog>
  );
}
