import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

import { trackRun } from './tracked-run';

export const refreshJobsInputSchema = z.object({
  /** Lowercase source names; all sources when absent. */
  sources: z.array(z.string().regex(/^[a-z]+$/)).min(1, 'Choose at least one source').optional(),
});

export type RefreshJobsInput = z.infer<typeof refreshJobsInputSchema> & RequestBody<'/api/jobs/refresh', 'post'>;
export type RefreshStarted = Required<ResponseBody<'/api/jobs/refresh', 'post', 202>>;

export function refreshJobs(input: RefreshJobsInput = {}): Promise<RefreshStarted> {
  return apiRequest<RefreshStarted>('/api/jobs/refresh', { method: 'POST', body: input.sources ? input : undefined });
}

/** Starts a refresh run (or joins the one in progress) and follows it. */
export function useRefreshJobs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RefreshJobsInput = {}) => refreshJobs(refreshJobsInputSchema.parse(input)),
    onSuccess: ({ runId, reused }) => {
      trackRun(queryClient, { runId, reused });
      return queryClient.invalidateQueries({ queryKey: ['sources', 'runs'] });
    },
  });
}
