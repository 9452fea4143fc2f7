import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { loginPath } from '@/config/paths';
import { useAuthToken } from '@/lib/auth-token';

/** Renders its children only with a token; otherwise sends the user to log in and back here. */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const token = useAuthToken();
  const location = useLocation();
  if (!token) {
    return <Navigate to={loginPath(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  return children;
}
