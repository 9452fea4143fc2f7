import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { authToken } from '@/lib/auth-token';

/**
 * Logging out is client-side: the token is stateless, so forgetting it ends the session here.
 * Leave the protected area first, so the route guard does not record the page as a destination.
 */
export function useLogout() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await navigate(paths.login, { replace: true });
    authToken.clear();
    queryClient.clear();
  }, [navigate, queryClient]);
}
