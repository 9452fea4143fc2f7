import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { AppProvider } from '@/app/provider';
import { queryConfig } from '@/lib/react-query';

/** Renders routes in memory at `path`, with a fresh query client that does not retry. */
export function renderRoutes(routes: RouteObject[], path: string) {
  const queryClient = new QueryClient({
    defaultOptions: { ...queryConfig, queries: { ...queryConfig.queries, retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, user, queryClient };
}

/** A single component at `path`, plus stand-in pages for wherever it navigates to. */
export function renderAt(element: ReactElement, path = '/') {
  const { pathname } = new URL(path, 'http://localhost');
  return renderRoutes(
    [
      { path: pathname, element },
      { path: '*', element: <p>Landed on another page</p> },
    ],
    path,
  );
}
