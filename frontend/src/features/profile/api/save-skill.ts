import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import type { RequestBody, ResponseBody } from '@/lib/api-types';

import { profileKeys } from './query-keys';

export const skillLevels = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof skillLevels)[number];

// Mirrors the backend's SkillRequest: name 1–60 characters, an optional level, 0–60 years.
export const saveSkillInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter a skill').max(60, 'A skill name can be at most 60 characters'),
  level: z.enum(skillLevels).nullable(),
  years: z.number().min(0, 'Years cannot be negative').max(60, 'At most 60 years').nullable(),
});

// The OpenAPI type leaves level and years optional; null says "not set" just as plainly and is sent as is.
export type SaveSkillInput = z.infer<typeof saveSkillInputSchema> & Pick<RequestBody<'/api/profile/skills', 'post'>, 'name'>;
export type SavedSkill = ResponseBody<'/api/profile/skills', 'post', 201>;

/** Adds a skill, or changes the level and years of one already on the profile. */
export function saveSkill(input: SaveSkillInput): Promise<SavedSkill> {
  return apiRequest<SavedSkill>('/api/profile/skills', { method: 'POST', body: saveSkillInputSchema.parse(input) });
}

export function useSaveSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSkill,
    onSettled: () => queryClient.invalidateQueries({ queryKey: profileKeys.all }),
  });
}
