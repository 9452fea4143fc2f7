import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { apiRequest } from '@/lib/api-client';
import type { RequestBody } from '@/lib/api-types';

import { getProfile, type Profile } from './get-profile';
import { profileKeys } from './query-keys';

// Field rules mirroring the backend's ProfileUpdate validation; the forms build on them.
export const seniorities = ['intern', 'junior', 'mid', 'senior', 'lead', 'executive'] as const;
export const remotePreferences = ['remote', 'hybrid', 'onsite', 'any'] as const;

const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters`);

export const profileFieldRules = {
  fullName: optionalText(120, 'Name'),
  headline: optionalText(200, 'Headline'),
  location: optionalText(120, 'Location'),
  email: z.union([z.literal(''), z.email('Enter a valid email address').max(254, 'Email can be at most 254 characters')]),
  phone: optionalText(40, 'Phone').regex(/^[+()0-9 ./-]*$/, 'Use only digits, spaces and + ( ) . / -'),
  summary: optionalText(4000, 'Summary'),
  /** A date as precise as the CV: a year, or a year and month. */
  yearMonth: z
    .string()
    .trim()
    .regex(/^(\d{4}(-(0[1-9]|1[0-2]))?)?$/, 'Use YYYY or YYYY-MM'),
  currency: z
    .string()
    .trim()
    .regex(/^([A-Z]{3})?$/, 'Use a 3-letter currency code such as EUR or USD'),
};

type UpdateBody = RequestBody<'/api/profile', 'put'>;
/** The whole editable profile. PUT replaces everything, so every field is sent, null when empty. */
export type ProfileUpdate = { [K in keyof UpdateBody]-?: NonNullable<UpdateBody[K]> | null };

export function updateProfile(body: ProfileUpdate): Promise<Profile> {
  return apiRequest<Profile>('/api/profile', { method: 'PUT', body });
}

/** The editable part of a profile as the server returned it, ready to send back. */
export function toProfileUpdate(profile: Profile): ProfileUpdate {
  return {
    fullName: profile.fullName ?? null,
    headline: profile.headline ?? null,
    location: profile.location ?? null,
    email: profile.email ?? null,
    phone: profile.phone ?? null,
    summary: profile.summary ?? null,
    yearsExperience: profile.yearsExperience ?? null,
    seniority: profile.seniority ?? null,
    targetTitles: profile.targetTitles ?? [],
    preferredLocations: profile.preferredLocations ?? [],
    remotePreference: profile.remotePreference ?? null,
    salaryExpectation: profile.salaryExpectation ?? null,
    salaryCurrency: profile.salaryCurrency ?? null,
    languages: (profile.languages ?? []).map((l) => ({ name: l.name ?? '', level: l.level })),
    links: profile.links ?? [],
    experience: (profile.experience ?? []).map((e) => ({ ...e, highlights: e.highlights ?? [] })),
    education: profile.education ?? [],
  };
}

/**
 * Saves changes to part of the profile. The rest is taken from the latest profile the server sent,
 * so two forms editing different parts never overwrite each other.
 */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: Partial<ProfileUpdate>) => {
      const current = queryClient.getQueryData<Profile>(profileKeys.profile()) ?? (await getProfile());
      return updateProfile({ ...toProfileUpdate(current), ...changes });
    },
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.profile(), profile),
  });
}
