import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type LoaderFunctionArgs } from 'react-router';
import { Loader, Center } from '@mantine/core';
import { RequireSession, RequireScreen } from './layout/RequireSession.js';
import { SignInScreen } from './screens/SignIn.js';
import { MyDayScreen } from './screens/MyDay.js';
import { queryClient } from './api/query-client.js';
import { homeOf, meQuery, readsModels, useMe } from './api/session.js';
import { prefetchCustomerPage } from './customer/customer-queries.js';
import { loadCustomerPage } from './customer/customer-page-code.js';
import { useI18n } from './i18n/i18n.js';

// Everything but sign-in and My day loads on demand, so those two stay within their budget.
const CustomersScreen = lazy(() => import('./screens/Customers.js'));
const AnalyticsScreen = lazy(() => import('./screens/Analytics.js'));
const ComplianceScreen = lazy(() => import('./screens/Compliance.js'));
const SegmentsScreen = lazy(() => import('./screens/Segments.js'));
const PipelineScreen = lazy(() => import('./screens/Pipeline.js'));
const DuplicatesScreen = lazy(() => import('./screens/Duplicates.js'));
const AdminScreen = lazy(() => import('./screens/Admin.js'));

function Loading() {
  const { t } = useI18n();
  return <Center p="xl"><Loader aria-label={t('app.loading')} /></Center>;
}

const later = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/**
 * The customer page (case 10's budget: its first timeline page on screen within a second) loads
 * its code and its data side by side: the router fetches the chunk and, once it knows who is
 * signed in, the page's first timeline page and state.
 */
async function customerLoader({ params, request }: LoaderFunctionArgs): Promise<null> {
  // Signed out: nothing to fetch; RequireSession sends the visitor to sign in.
  const me = await queryClient.ensureQueryData(meQuery).catch(() => null);
  const tab = params['*'] ?? '';
  if (me && params.id) prefetchCustomerPage(queryClient, params.id, new URL(request.url).searchParams, readsModels(me.role) && (tab === '' || tab === 'timeline'));
  return null;
}

function Home() {
  const me = useMe();
  return me.data ? <Navigate to={homeOf(me.data.role)} replace /> : null;
}

export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInScreen /> },
    {
      element: <RequireSession />,
      children: [
        { index: true, element: <Home /> },
        { path: 'my-day', element: <RequireScreen screen="myDay"><MyDayScreen /></RequireScreen> },
        { path: 'customers', element: <RequireScreen screen="customers">{later(<CustomersScreen />)}</RequireScreen> },
        {
          path: 'customers/:id/*',
          loader: customerLoader,
          lazy: async () => ({ Component: (await loadCustomerPage()).default }),
          hydrateFallbackElement: <Loading />,
        },
        { path: 'pipeline', element: <RequireScreen screen="pipeline">{later(<PipelineScreen />)}</RequireScreen> },
        { path: 'duplicates', element: <RequireScreen screen="duplicates">{later(<DuplicatesScreen />)}</RequireScreen> },
        { path: 'segments/*', element: <RequireScreen screen="segments">{later(<SegmentsScreen />)}</RequireScreen> },
        { path: 'analytics/*', element: <RequireScreen screen="analytics">{later(<AnalyticsScreen />)}</RequireScreen> },
        { path: 'compliance/*', element: <RequireScreen screen="compliance">{later(<ComplianceScreen />)}</RequireScreen> },
        { path: 'admin/*', element: <RequireScreen screen="admin">{later(<AdminScreen />)}</RequireScreen> },
      ],
    },
  ],
  { basename: '/app' },
);
