import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, apiRequest } from '@/lib/api-client';

import type { RunReport } from './types';

/** How often a running run is asked for its progress. */
export const RUN_POLL_MS = 1000;

export function getRefreshRun({ runId, signal }: { runId: string; signal?: AbortSignal }): Promise<RunReport> {
  return apiRequest<RunReport>(`/api/jobs/refresh/${encodeURIComponent(runId)}`, { signal });
}

export function getRefreshRunQueryOptions(runId: string) {
  return queryOptions({
    queryKey: ['sources', 'run', runId],
    queryFn: ({ signal }) => getRefreshRun({ runId, signal }),
    staleTime: 0,
    refetchInterval: ({ state: { data, error } }) => {
      // A 4xx (no such run) will not change; a 5xx or a lost connection might: the run goes on regardless.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
      return !data || data.status === 'running' ? RUN_POLL_MS : false;
    },
  });
}

/** A refresh run with live per-source progress: polled every second while it runs. */
export function useRefreshRun(runId: string | undefined) {
  return useQuery({ ...getRefreshRunQueryOptions(runId ?? ''), enabled: runId !== undefined });
}
