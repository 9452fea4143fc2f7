import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';

import type { SkillSuggestion } from './types';

export const suggestSkillsInputSchema = z.object({
  q: z.string().trim().min(1).max(50),
  limit: z.number().int().min(1).max(50).default(8),
});

export type SuggestSkillsInput = z.input<typeof suggestSkillsInputSchema>;

export function suggestSkills(input: SuggestSkillsInput, { signal }: { signal?: AbortSignal } = {}) {
  const { q, limit } = suggestSkillsInputSchema.parse(input);
  const params = new URLSearchParams({ q, limit: String(limit) });
  return apiRequest<{ items: SkillSuggestion[] }>(`/api/skills/suggest?${params.toString()}`, { signal });
}

export function suggestSkillsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ['skills', 'suggest', q.trim().toLowerCase()],
    queryFn: ({ signal }) => suggestSkills({ q }, { signal }),
  });
}

/** Suggestions for what was typed; nothing is asked until there is at least one character. */
export function useSkillSuggestions(q: string) {
  const valid = suggestSkillsInputSchema.safeParse({ q }).success;
  return useQuery({ ...suggestSkillsQueryOptions(q), enabled: valid, placeholderData: keepPreviousData });
}
