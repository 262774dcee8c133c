import { Center, Loader } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError, handleUnauthorized } from '../api/http.js';
import { mayUse, useMe, type Screen } from '../api/session.js';
import { isLocale } from '../i18n/catalogs.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from './ErrorNotice.js';
import { Shell } from './Shell.js';

/** The path (under /app) to return to after signing in again. */
export function signInPath(location: { pathname: string; search: string }, expired: boolean): string {
  const next = encodeURIComponent(location.pathname + location.search);
  return `/sign-in?next=${next}${expired ? '&expired=1' : ''}`;
}

export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const { setLocale, t } = useI18n();
  const adopted = useRef<string | null>(null);

  // Any 401 (an expired session mid-work) returns to sign-in and, after it, to this very URL. A
  // page drawn from a remembered identity sends several reads that all come back 401: the first
  // goes to sign-in, the others find it there (and would have made it the URL to return to).
  useEffect(() => {
    handleUnauthorized(() => {
      if (window.location.pathname.startsWith('/app/sign-in')) return;
      void navigate(signInPath(window.location.pathname.startsWith('/app') ? { pathname: window.location.pathname.slice(4) || '/', search: window.location.search } : location, true));
    });
  }, [navigate, location]);

  // The user's own locale, once per sign-in and from the server's answer: the identity the tab
  // remembers may predate a choice the user made in another browser. Later changes in the menu
  // are theirs to make.
  useEffect(() => {
    if (me.data && me.dataUpdatedAt > 0 && adopted.current !== me.data.staffId && isLocale(me.data.locale)) {
      adopted.current = me.data.staffId;
      setLocale(me.data.locale);
    }
  }, [me.data, me.dataUpdatedAt, setLocale]);

  if (me.isPending) return <Center h="100vh"><Loader aria-label={t('app.loading')} /></Center>;
  // Refused with an identity in hand (remembered by the tab, or from earlier): the session ended.
  if (me.error instanceof ApiError && me.error.status === 401) return <Navigate to={signInPath(location, me.data !== undefined)} replace />;
  if (me.error) return <Center h="100vh"><ErrorNotice error={me.error} what="sign-in" /></Center>;
  return <Shell me={me.data} />;
}

export function RequireScreen({ screen, children }: { screen: Screen; children: ReactNode }) {
  const me = useMe();
  if (me.data && !mayUse(me.data.role, screen)) return <ErrorNotice error={new ApiError(403, null, '')} />;
  return <>{children}</>;
}
