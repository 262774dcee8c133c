import { Alert, Button, Center, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { SignedInStaff } from '../api/types.js';
import { ApiError, api } from '../api/http.js';
import { homeOf } from '../api/session.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../layout/ErrorNotice.js';

/** Only a path inside the console: `next` comes from the URL and must not send anyone elsewhere. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function SignInScreen() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api.post<SignedInStaff>('/auth/sign-in', { email, password }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      const me = await queryClient.fetchQuery({ queryKey: ['me'], queryFn: () => api.get<SignedInStaff>('/auth/me') });
      await navigate(safeNext(params.get('next')) ?? homeOf(me.role), { replace: true });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  const refused = signIn.error instanceof ApiError && (signIn.error.status === 401 || signIn.error.status === 400);
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h3">{t('signIn.title')}</Title>
            {params.get('expired') && !signIn.error && <Alert color="blue">{t('signIn.expired')}</Alert>}
            {refused && <Alert color="red" role="alert">{t('signIn.failed')}</Alert>}
            {signIn.error && !refused && (
              signIn.error instanceof ApiError && signIn.error.status === 404
                ? <Alert color="yellow" role="alert">{t('signIn.unavailable')}</Alert>
                : <ErrorNotice error={signIn.error} />
            )}
            <TextInput label={t('signIn.email')} type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
            <TextInput type="password" label={t('signIn.password')} autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
            <Button type="submit" loading={signIn.isPending}>{t('signIn.submit')}</Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
