import { Link, isRouteErrorResponse, useRouteError } from 'react-router';

import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">Page not found</h1>
      <p className="mt-2 text-sm text-slate-600">There is nothing at this address.</p>
      <Link to={paths.home} className="mt-6 inline-block font-semibold text-indigo-600 hover:text-indigo-500">
        Go to the start page
      </Link>
    </main>
  );
}

export function RouteErrorBoundary() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : undefined;
  return (
    <main role="alert" className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-bold text-slate-900">Something went wrong</h1>
      {/* Usually a page chunk that failed to load, e.g. after a new version was deployed: reloading fetches it. */}
      <p className="mt-2 text-sm text-slate-600">The page could not be shown{detail ? ` (${detail})` : ''}. Reloading usually helps.</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-6 rounded-md bg-indigo-600 px-3 py-2 text-sm font-semibold text-white hover:bg-indigo-500"
      >
        Reload
      </button>
    </main>
  );
}
