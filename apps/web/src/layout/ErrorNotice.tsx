import { Alert } from '@mantine/core';
import { ApiError, OfflineError } from '../api/http.js';
import { useI18n } from '../i18n/i18n.js';

/** One sentence per failure: what is unavailable (503), not allowed, missing, or what the API said. */
export function ErrorNotice({ error, what }: { error: unknown; what?: string }) {
  const { t } = useI18n();
  let message: string;
  if (error instanceof OfflineError) message = t('error.offline');
  else if (error instanceof ApiError && error.status === 503) message = t('error.unavailable', { what: error.body?.message ?? what ?? error.path });
  else if (error instanceof ApiError && error.status === 403) message = t('error.forbidden');
  else if (error instanceof ApiError && error.status === 404) message = t('error.notFound');
  else if (error instanceof ApiError && error.body?.errors?.length) message = error.body.errors.map(({ field, reason }) => `${field}: ${reason}`).join('; ');
  else message = t('error.generic', { message: error instanceof Error ? error.message : String(error) });
  return (
    <Alert color={error instanceof ApiError && error.status === 503 ? 'yellow' : 'red'} role="alert" title={null}>
      {message}
    </Alert>
  );
}
