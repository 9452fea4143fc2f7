import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

import { STATUSES } from '../lib/status';

export type MatchPage = ResponseBody<'/api/matches', 'get', 200>;
export type Match = NonNullable<MatchPage['items']>[number];
export type Factor = NonNullable<Match['factors']>[number];
export type Evidence = NonNullable<Factor['evidence']>[number];

export const matchesParamsSchema = z.object({
  minScore: z.number().min(0).max(100).optional(),
  status: z.enum(STATUSES).optional(),
  page: z.number().int().min(0).default(0),
  size: z.number().int().min(1).max(100).default(20),
});

export type MatchesParams = z.input<typeof matchesParamsSchema>;

export function getMatches(params: MatchesParams, { signal }: { signal?: AbortSignal } = {}): Promise<MatchPage> {
  const parsed = matchesParamsSchema.parse(params);
  const query = new URLSearchParams();
  if (parsed.minScore !== undefined) query.set('minScore', String(parsed.minScore));
  if (parsed.status) query.set('status', parsed.status);
  query.set('page', String(parsed.page));
  query.set('size', String(parsed.size));
  return apiRequest<MatchPage>(`/api/matches?${query}`, { signal });
}

export const matchesKeys = {
  all: ['matches'] as const,
  lists: () => ['matches', 'list'] as const,
  list: (params: MatchesParams) => ['matches', 'list', params] as const,
  detail: (id: string) => ['matches', 'detail', id] as const,
  history: (id: string) => ['matches', 'history', id] as const,
};

export function getMatchesQueryOptions(params: MatchesParams) {
  return queryOptions({
    queryKey: matchesKeys.list(params),
    queryFn: ({ signal }) => getMatches(params, { signal }),
    placeholderData: keepPreviousData,
    // Matches are recomputed in the background; don't trust a copy for long.
    staleTime: 15_000,
  });
}

type UseMatchesOptions = {
  /** Poll this often (ms) while the list is empty, e.g. right after a CV upload; false to never poll. */
  pollWhileEmpty?: number | false;
};

export function useMatches(params: MatchesParams, { pollWhileEmpty = false }: UseMatchesOptions = {}) {
  return useQuery({
    ...getMatchesQueryOptions(params),
    refetchInterval: (query) => (pollWhileEmpty && (query.state.data?.items?.length ?? 0) === 0 ? pollWhileEmpty : false),
  });
}
