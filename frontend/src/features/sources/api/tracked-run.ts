import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * The refresh run this browser tab follows. It lives in the query cache rather than in a component,
 * so that leaving the page and coming back (or a second "Refresh jobs" button elsewhere) shows the
 * same run, and so that logging out (which clears the cache) forgets it. Nothing is fetched for it.
 */
export type TrackedRun = {
  runId: string;
  /** The server returned a run that was already in progress instead of starting one. */
  reused: boolean;
  /** The end of the run was seen and the job lists were refreshed. */
  settled: boolean;
};

const trackedRunOptions = queryOptions({
  queryKey: ['refresh-tracker'],
  queryFn: (): TrackedRun | null => null,
  enabled: false,
  initialData: null as TrackedRun | null,
  staleTime: Infinity,
  gcTime: Infinity,
});

export function trackRun(queryClient: QueryClient, run: Omit<TrackedRun, 'settled'>) {
  const tracked: TrackedRun = { ...run, settled: false };
  queryClient.setQueryData(trackedRunOptions.queryKey, tracked);
}

export function useTrackedRun() {
  const queryClient = useQueryClient();
  const { data } = useQuery(trackedRunOptions);
  const settle = useCallback(
    (runId: string) =>
      queryClient.setQueryData(trackedRunOptions.queryKey, (run) => (run?.runId === runId ? { ...run, settled: true } : run)),
    [queryClient],
  );
  const dismiss = useCallback(() => queryClient.setQueryData(trackedRunOptions.queryKey, null), [queryClient]);
  const track = useCallback((run: Omit<TrackedRun, 'settled'>) => trackRun(queryClient, run), [queryClient]);
  return { tracked: data, track, settle, dismiss };
}
