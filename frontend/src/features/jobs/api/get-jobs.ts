import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { toApiParams, type JobSearch } from './search-params';
import type { JobPage } from './types';

export function getJobs(search: JobSearch, { signal }: { signal?: AbortSignal } = {}): Promise<JobPage> {
  return apiRequest<JobPage>(`/api/jobs?${toApiParams(search).toString()}`, { signal });
}

export function getJobsQueryOptions(search: JobSearch) {
  return queryOptions({
    // The API query string is the key: two URLs meaning the same search share a cache entry.
    queryKey: ['jobs', 'search', toApiParams(search).toString()],
    queryFn: ({ signal }) => getJobs(search, { signal }),
  });
}

export function useJobs(search: JobSearch) {
  // Keep showing the previous page while the next one loads: no flashing between keystrokes or pages.
  return useQuery({ ...getJobsQueryOptions(search), placeholderData: keepPreviousData });
}
