import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { authToken } from '@/lib/auth-token';

/**
 * Logging out is client-side: the token is stateless, so forgetting it ends the session here.
 * The route guard then shows the login page.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    authToken.clear('logout');
    queryClient.clear();
  }, [queryClient]);
}
