import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

import { profileKeys } from './query-keys';

export type LatestCv = ResponseBody<'/api/profile/cv', 'get', 200>;
export type ParsedCv = NonNullable<LatestCv['parsed']>;

/** The latest CV with its extracted text and parse result, or null before the first upload (404). */
export async function getLatestCv({ signal }: { signal?: AbortSignal } = {}): Promise<LatestCv | null> {
  try {
    return await apiRequest<LatestCv>('/api/profile/cv', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function getLatestCvQueryOptions() {
  return queryOptions({
    queryKey: profileKeys.latestCv(),
    queryFn: ({ signal }) => getLatestCv({ signal }),
  });
}

export function useLatestCv() {
  return useQuery(getLatestCvQueryOptions());
}
