import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type RefreshStarted = ResponseBody<'/api/jobs/refresh', 'post', 202>;
export type RefreshRun = ResponseBody<'/api/jobs/refresh/{runId}', 'get', 200>;

export function startRefresh(): Promise<RefreshStarted> {
  return apiRequest<RefreshStarted>('/api/jobs/refresh', { method: 'POST', body: {} });
}

export function getRefreshRun(runId: string, { signal }: { signal?: AbortSignal } = {}): Promise<RefreshRun> {
  return apiRequest<RefreshRun>(`/api/jobs/refresh/${encodeURIComponent(runId)}`, { signal });
}

/** Starts a refresh of every enabled source and follows it; job lists reload when it ends. */
export function useRefreshJobs() {
  const queryClient = useQueryClient();
  const start = useMutation({ mutationFn: startRefresh });
  const runId = start.data?.runId;
  const run = useQuery({
    queryKey: ['jobs', 'refresh', runId],
    queryFn: ({ signal }) => getRefreshRun(runId as string, { signal }),
    enabled: Boolean(runId),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 1500),
  });
  const finished = Boolean(run.data && run.data.status !== 'running');
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['jobs', 'search'] });
  }, [finished, queryClient]);
  return { start, run, running: start.isPending || (Boolean(runId) && !finished) };
}
