import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

import { profileKeys } from './query-keys';

export type UserSkill = ResponseBody<'/api/profile/skills', 'get', 200>[number];

export function getSkills({ signal }: { signal?: AbortSignal } = {}): Promise<UserSkill[]> {
  return apiRequest<UserSkill[]>('/api/profile/skills', { signal });
}

export function getSkillsQueryOptions() {
  return queryOptions({
    queryKey: profileKeys.skills(),
    queryFn: ({ signal }) => getSkills({ signal }),
  });
}

export function useSkills() {
  return useQuery(getSkillsQueryOptions());
}
