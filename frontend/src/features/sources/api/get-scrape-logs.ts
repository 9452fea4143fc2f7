import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { RunReport } from './types';

export const DEFAULT_RUN_LIMIT = 20;

export function getScrapeLogs({ limit, signal }: { limit: number; signal?: AbortSignal }): Promise<{ items: RunReport[] }> {
  return apiRequest<{ items: RunReport[] }>(`/api/scrape-logs?limit=${limit}`, { signal });
}

export function getScrapeLogsQueryOptions(limit = DEFAULT_RUN_LIMIT) {
  return queryOptions({
    queryKey: ['sources', 'runs', { limit }],
    queryFn: ({ signal }) => getScrapeLogs({ limit, signal }),
    select: (data) => data.items,
    // A run started elsewhere (the schedule, another tab) shows its progress here too.
    refetchInterval: (query) => (query.state.data?.items.some((run) => run.status === 'running') ? 3000 : false),
  });
}

/** Past refresh runs, newest first, each with one log per source. */
export function useScrapeLogs(limit = DEFAULT_RUN_LIMIT) {
  return useQuery(getScrapeLogsQueryOptions(limit));
}
