import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { loginPath, paths } from '@/config/paths';
import { authToken, useAuthToken } from '@/lib/auth-token';

/**
 * Renders its children only with a token. Otherwise sends the user to log in, remembering this
 * page — unless they just logged out on purpose, which leads to the plain login page.
 */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const token = useAuthToken();
  const location = useLocation();
  if (!token) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={authToken.lastSignOut() === 'logout' ? paths.login : loginPath(here)} replace />;
  }
  return children;
}
