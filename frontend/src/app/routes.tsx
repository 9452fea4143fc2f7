import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';

import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { ProtectedRoute } from '@/features/auth/components/protected-route';

import { AppRoot } from './routes/app-root';
import { NotFoundRoute, RouteErrorBoundary } from './routes/errors';
import { SourcesPage } from './routes/sources';

// Each page is its own chunk, loaded when first visited.
function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const LoginRoute = lazyNamed(() => import('@/features/auth/routes/login'), 'LoginRoute');
const RegisterRoute = lazyNamed(() => import('@/features/auth/routes/register'), 'RegisterRoute');
const JobsRoute = lazyNamed(() => import('@/features/jobs/routes/jobs'), 'JobsRoute');
const JobRoute = lazyNamed(() => import('@/features/jobs/routes/job'), 'JobRoute');
const MatchesRoute = lazyNamed(() => import('@/features/matches/routes/matches'), 'MatchesRoute');
const TrackerRoute = lazyNamed(() => import('@/features/matches/routes/tracker'), 'TrackerRoute');
const ProfileRoute = lazyNamed(() => import('@/features/profile/routes/profile'), 'ProfileRoute');
const InsightsRoute = lazyNamed(() => import('@/features/insights/routes/insights'), 'InsightsRoute');

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageSpinner />}>{children}</Suspense>;
}

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorBoundary />,
    children: [
      { path: paths.login, element: <Page><LoginRoute /></Page> },
      { path: paths.register, element: <Page><RegisterRoute /></Page> },
      {
        path: paths.home,
        element: (
          <ProtectedRoute>
            <AppRoot />
          </ProtectedRoute>
        ),
        children: [
          { index: true, element: <Navigate to={paths.jobs} replace /> },
          { path: paths.jobs, element: <JobsRoute /> },
          { path: `${paths.jobs}/:id`, element: <JobRoute /> },
          { path: paths.matches, element: <MatchesRoute /> },
          { path: paths.tracker, element: <TrackerRoute /> },
          { path: paths.profile, element: <ProfileRoute /> },
          { path: paths.insights, element: <InsightsRoute /> },
          { path: paths.sources, element: <SourcesPage /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
