import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { Loader, Center } from '@mantine/core';
import { RequireSession, RequireScreen } from './layout/RequireSession.js';
import { SignInScreen } from './screens/SignIn.js';
import { MyDayScreen } from './screens/MyDay.js';
import { homeOf } from './api/session.js';
import { useMe } from './api/session.js';
import { useI18n } from './i18n/i18n.js';

// Everything but sign-in and My day loads on demand, so those two stay within their budget.
const CustomersScreen = lazy(() => import('./screens/Customers.js'));
const CustomerScreen = lazy(() => import('./customer/CustomerPage.js'));
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
        { path: 'customers/:id/*', element: later(<CustomerScreen />) },
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
