import { lazy } from 'react';

import { useMe } from '@/features/auth/api/get-me';

const SourcesRoute = lazy(async () => ({ default: (await import('@/features/sources/routes/sources')).SourcesRoute }));

/** The Sources page, told from the signed-in account whether this user may change the shared watchlist. */
export function SourcesPage() {
  const me = useMe();
  return <SourcesRoute canManageWatchlist={me.data?.canManageWatchlist} />;
}
