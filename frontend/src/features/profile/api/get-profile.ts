import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

import { profileKeys } from './query-keys';

export type Profile = ResponseBody<'/api/profile', 'get', 200>;

export function getProfile({ signal }: { signal?: AbortSignal } = {}): Promise<Profile> {
  return apiRequest<Profile>('/api/profile', { signal });
}

export function getProfileQueryOptions() {
  return queryOptions({
    queryKey: profileKeys.profile(),
    queryFn: ({ signal }) => getProfile({ signal }),
  });
}

export function useProfile() {
  return useQuery(getProfileQueryOptions());
}
