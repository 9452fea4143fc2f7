import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

import { matchesKeys } from './get-matches';

export type MatchHistory = ResponseBody<'/api/matches/{id}/history', 'get', 200>;

export function getMatchHistory(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<MatchHistory> {
  return apiRequest<MatchHistory>(`/api/matches/${encodeURIComponent(id)}/history`, { signal });
}

export function getMatchHistoryQueryOptions(id: string) {
  return queryOptions({
    queryKey: matchesKeys.history(id),
    queryFn: ({ signal }) => getMatchHistory(id, { signal }),
  });
}

export function useMatchHistory(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getMatchHistoryQueryOptions(id), enabled });
}
