import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { JobDetail } from './types';

export function getJob(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<JobDetail> {
  return apiRequest<JobDetail>(`/api/jobs/${encodeURIComponent(id)}`, { signal });
}

export function getJobQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['jobs', 'detail', id],
    queryFn: ({ signal }) => getJob(id, { signal }),
  });
}

export function useJob(id: string) {
  return useQuery(getJobQueryOptions(id));
}
