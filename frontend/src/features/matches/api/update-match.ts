import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

import { STATUSES } from '../lib/status';

import { matchesKeys, type Match, type MatchPage } from './get-matches';

export const updateMatchInputSchema = z.object({
  status: z.enum(STATUSES).optional(),
  notes: z.string().max(10_000, 'Notes must be at most 10,000 characters').optional(),
  /** YYYY-MM-DD or an ISO date-time. */
  nextActionAt: z.string().optional(),
});

export type UpdateMatchInput = z.infer<typeof updateMatchInputSchema> & RequestBody<'/api/matches/{id}', 'patch'>;
export type UpdatedMatch = ResponseBody<'/api/matches/{id}', 'patch', 200>;

export function updateMatch({ id, ...input }: UpdateMatchInput & { id: string }): Promise<UpdatedMatch> {
  const body = updateMatchInputSchema.parse(input);
  return apiRequest<UpdatedMatch>(`/api/matches/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

type Snapshot = [QueryKey, MatchPage | undefined][];

function patchPages(pages: MatchPage | undefined, id: string, change: Partial<Match>): MatchPage | undefined {
  if (!pages?.items) return pages;
  return { ...pages, items: pages.items.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}

/**
 * Changes a match optimistically in every cached list; a refused change (409 for an invalid status
 * move, or any other error) puts the lists back as they were and the error reaches the caller.
 */
export function useUpdateMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMatch,
    onMutate: async ({ id, status, notes }) => {
      await queryClient.cancelQueries({ queryKey: matchesKeys.lists() });
      const snapshot: Snapshot = queryClient.getQueriesData<MatchPage>({ queryKey: matchesKeys.lists() });
      const change: Partial<Match> = {};
      if (status) change.status = status;
      if (notes !== undefined) change.notes = notes;
      queryClient.setQueriesData<MatchPage>({ queryKey: matchesKeys.lists() }, (old) => patchPages(old, id, change));
      return { snapshot };
    },
    onError: (_error, _input, context) => {
      context?.snapshot.forEach(([key, data]) => queryClient.setQueryData(key, data));
    },
    onSuccess: (match) => {
      if (!match?.id) return;
      queryClient.setQueriesData<MatchPage>({ queryKey: matchesKeys.lists() }, (old) => patchPages(old, match.id!, match));
      queryClient.setQueryData(matchesKeys.detail(match.id), match);
    },
    onSettled: (_data, _error, { id }) => {
      void queryClient.invalidateQueries({ queryKey: matchesKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: matchesKeys.history(id) });
    },
  });
}
