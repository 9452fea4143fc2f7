import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

import { profileKeys } from './query-keys';

export type SkillSuggestion = ResponseBody<'/api/profile/skills/autocomplete', 'get', 200>[number];

const LIMIT = 8;

export function autocompleteSkills(q: string, { signal }: { signal?: AbortSignal } = {}): Promise<SkillSuggestion[]> {
  const params = new URLSearchParams({ q, limit: String(LIMIT) });
  return apiRequest<SkillSuggestion[]>(`/api/profile/skills/autocomplete?${params}`, { signal });
}

export function autocompleteSkillsQueryOptions(q: string) {
  return queryOptions({
    queryKey: profileKeys.autocomplete(q),
    queryFn: ({ signal }) => autocompleteSkills(q, { signal }),
    staleTime: 60_000,
  });
}

/** Suggestions for a (debounced) prefix; nothing is asked for an empty one. */
export function useSkillSuggestions(q: string) {
  const query = q.trim().slice(0, 60);
  return useQuery({ ...autocompleteSkillsQueryOptions(query), enabled: query.length > 0, placeholderData: keepPreviousData });
}
