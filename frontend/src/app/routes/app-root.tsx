import { Suspense } from 'react';
import { Outlet } from 'react-router';

import { AppShell } from '@/components/layouts/app-shell';
import { PageSpinner } from '@/components/ui/spinner';
import { useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';

/** The signed-in part of the app: header with navigation and user, the current page below. */
export function AppRoot() {
  const me = useMe();
  const logout = useLogout();
  return (
    <AppShell userName={me.data?.fullName} onLogout={logout}>
      <Suspense fallback={<PageSpinner />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}
