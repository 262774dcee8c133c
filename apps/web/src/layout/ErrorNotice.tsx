import { Alert } from '@mantine/core';
import { ApiError, OfflineError } from '../api/http.js';
import { useI18n, type I18n } from '../i18n/i18n.js';

// The API's own words for a read model the projector has not built (libs/http error-response.ts).
const READ_MODEL_NOT_READY = 'a read model this route reads is not built yet: is the projector running?';

/**
 * A 503 names what is down in the reader's words when the API's reason is one the console knows
 * (jobs without Redis, a read model not built yet), else quotes the reason.
 */
function unavailable(t: I18n['t'], reason: string, what: string): string {
  if (reason.startsWith('jobs unavailable')) return t('error.unavailable.jobs');
  if (reason === READ_MODEL_NOT_READY) return t('error.unavailable.readModel');
  return t('error.unavailable', { what: reason || what });
}

/** One sentence per failure: what is unavailable (503), not allowed, missing, or what the API said. */
export function ErrorNotice({ error, what }: { error: unknown; what?: string }) {
  const { t } = useI18n();
  let message: string;
  if (error instanceof OfflineError) message = t('error.offline');
  else if (error instanceof ApiError && error.status === 503) message = unavailable(t, error.body?.message ?? '', what ?? error.path);
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
