import { z } from 'zod';

import type { Profile } from '../api/get-profile';
import { profileFieldRules as rules, remotePreferences, seniorities, type ProfileUpdate } from '../api/update-profile';

const item = (label: string) => z.string().trim().min(1).max(120, `Each ${label} can be at most 120 characters`);

export const preferencesSchema = z
  .object({
    targetTitles: z.array(item('title')).max(20, 'At most 20 titles'),
    preferredLocations: z.array(item('location')).max(20, 'At most 20 locations'),
    remotePreference: z.enum(['', ...remotePreferences]),
    salaryExpectation: z
      .string()
      .trim()
      .regex(/^\d*$/, 'Enter a whole number, without separators')
      .refine((value) => value === '' || Number(value) <= 10_000_000, 'At most 10,000,000'),
    salaryCurrency: rules.currency,
    yearsExperience: z
      .string()
      .trim()
      .regex(/^(\d+([.,]\d+)?)?$/, 'Enter a number of years')
      .refine((value) => value === '' || Number(value.replace(',', '.')) <= 70, 'At most 70 years'),
    seniority: z.enum(['', ...seniorities]),
  })
  .refine((p) => !p.salaryExpectation || p.salaryCurrency, { path: ['salaryCurrency'], message: 'Choose the currency of your salary expectation' });

export type PreferencesValues = z.infer<typeof preferencesSchema>;

export function toPreferencesValues(profile: Profile): PreferencesValues {
  return {
    targetTitles: profile.targetTitles ?? [],
    preferredLocations: profile.preferredLocations ?? [],
    remotePreference: (remotePreferences as readonly string[]).includes(profile.remotePreference ?? '') ? (profile.remotePreference as PreferencesValues['remotePreference']) : '',
    salaryExpectation: profile.salaryExpectation == null ? '' : String(profile.salaryExpectation),
    salaryCurrency: profile.salaryCurrency ?? '',
    yearsExperience: profile.yearsExperience == null ? '' : String(profile.yearsExperience),
    seniority: (seniorities as readonly string[]).includes(profile.seniority ?? '') ? (profile.seniority as PreferencesValues['seniority']) : '',
  };
}

export function toPreferencesChanges(values: PreferencesValues): Partial<ProfileUpdate> {
  return {
    targetTitles: values.targetTitles,
    preferredLocations: values.preferredLocations,
    remotePreference: values.remotePreference || null,
    salaryExpectation: values.salaryExpectation ? Number(values.salaryExpectation) : null,
    salaryCurrency: values.salaryCurrency || null,
    yearsExperience: values.yearsExperience ? Number(values.yearsExperience.replace(',', '.')) : null,
    seniority: values.seniority || null,
  };
}
