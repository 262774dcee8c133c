import { Alert, Stack, Title } from '@mantine/core';
import { useI18n } from '../i18n/i18n.js';

/**
 * The board needs deals by stage, a read model the API does not have yet (issue #13); a deal's
 * moves already show on its customer's Deals tab. Nothing is drawn here from made-up data.
 */
export default function PipelineScreen() {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={1}>{t('nav.pipeline')}</Title>
      <Alert color="gray">{t('common.notBuilt', { issue: 13 })}</Alert>
    </Stack>
  );
}
