import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';
import { useAuthToken } from '@/lib/auth-token';

export type User = ResponseBody<'/auth/me', 'get', 200>;

export function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<User> {
  return apiRequest<User>('/auth/me', { signal });
}

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: ({ signal }) => getMe({ signal }),
  });
}

export function useMe() {
  const token = useAuthToken();
  return useQuery({ ...getMeQueryOptions(), enabled: token !== null });
}
